package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogImport;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.model.GrpcCodes;
import dev.errorcatalog.processor.model.LocaleTag;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.Retired;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the YAML tree into the model, checking keys, shapes and value formats. What cannot be read
 * is reported and left out (a code without a valid number, a category without a valid range), so
 * the rules that follow see only well-formed parts and one mistake is reported once.
 */
public final class CatalogReader {
    static final List<String> CATALOG_KEYS = List.of("catalog", "digits", "locales", "http", "grpc-code", "domain", "reserved", "imports",
            "fields", "translations", "help", "categories");
    static final List<String> CATEGORY_KEYS = List.of("id", "title", "range", "http", "grpc-code", "description", "frozen", "help",
            "codes");
    static final List<String> CODE_KEYS = List.of("code", "name", "aliases", "message", "http", "grpc-code", "description",
            "deprecated", "explanation", "help");

    /** The suffix of a code's explanation in translation files: {@code NO_SESSION_FOUND.explanation}. */
    static final String EXPLANATION_KEY = ".explanation";

    private final List<Diagnostic> out;
    private final boolean strictLocales;
    private final Optional<ResourceResolver> translationResolver;
    /** Every code name and category id read, valid or not: the keys translation files may use. */
    private final Set<String> translationKeys = new HashSet<>();
    private int digits = 6;
    private int defaultHttp = 500;
    private Optional<String> defaultGrpc = Optional.empty();
    private List<String> locales = List.of("en");
    private ValueParsers values;
    private TextReader texts;
    private final FieldReader fieldReader;

    /** @param translationResolver finds translation files; empty to leave them unread (imported catalogs, baselines) */
    public CatalogReader(List<Diagnostic> out, boolean strictLocales, Optional<ResourceResolver> translationResolver) {
        this.out = out;
        this.strictLocales = strictLocales;
        this.translationResolver = translationResolver;
        Set<String> builtIn = new LinkedHashSet<>(CATEGORY_KEYS);
        builtIn.addAll(CODE_KEYS);
        builtIn.add("domain"); // a key of the catalog, kept from field ids like the other keys of section 5
        this.fieldReader = new FieldReader(builtIn, out);
    }

    public Optional<Catalog> read(YamlNode root) {
        Optional<Fields> maybeFields = Fields.of(root, "the catalog file", "the catalog", out);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybeFields.get();
        fields.allowOnly(CATALOG_KEYS);
        String name = fields.requiredScalar("catalog", "a PascalCase name", "Api")
                .filter(s -> new ValueParsers(digits, out).matches(s, ValueParsers.CATALOG_NAME,
                        DiagnosticKind.CATALOG_NAME, suggestPascal(s.text())))
                .map(YamlNode.Scalar::text)
                .orElse("");
        fields.optionalScalar("digits", "a whole number").ifPresent(this::readDigits);
        values = new ValueParsers(digits, out);
        fields.optionalList("locales", "a list of locales such as [en, zh-CN]").ifPresent(this::readLocales);
        fields.optionalScalar("http", "an HTTP status").ifPresent(s -> values.httpStatus(s).ifPresent(h -> defaultHttp = h));
        defaultGrpc = fields.optionalScalar("grpc-code", "a gRPC status name").flatMap(values::grpcCode);
        Optional<Catalog.Domain> domain = fields.optionalScalar("domain", "a host name such as shop.acme.com")
                .filter(s -> !s.isNull()).map(s -> new Catalog.Domain(s.text(), s.mark()));
        TranslationFiles files = fields.optional("translations")
                .map(node -> TranslationFiles.read(node, locales, translationResolver, out))
                .orElse(TranslationFiles.NONE);
        texts = new TextReader(locales, strictLocales, files, out);
        List<Retired> reserved = new ArrayList<>();
        fields.optionalList("reserved", "a list of codes and ranges").ifPresent(list ->
                reserved.addAll(new ReservedReader(values, out).read(list)));
        List<CatalogImport> imports = new ArrayList<>();
        fields.optionalList("imports", "a list of catalog paths").ifPresent(list -> list.items().forEach(item ->
                fields.scalar("imports", item, "a catalog path such as META-INF/error-catalog/Api.json")
                        .filter(s -> !s.isNull())
                        .ifPresent(s -> imports.add(new CatalogImport(s.text(), s.mark())))));
        fields.optional("fields").ifPresent(fieldReader::readDeclarations);
        Optional<String> help = fields.optionalScalar("help", "an http or https URL").flatMap(s -> HelpLinks.read(s, out));
        List<Category> categories = new ArrayList<>();
        fields.required("categories", "").flatMap(v -> Fields.list("categories", v, "a list of categories", out))
                .ifPresent(list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        readCategory(list.items().get(i), i + 1).ifPresent(categories::add);
                    }
                });
        files.reportUnknownKeys(translationKeys, out);
        return Optional.of(new Catalog(name, digits, locales, defaultHttp, reserved, imports, categories, root.mark(),
                fieldReader.definitions(), help, domain));
    }

    private void readDigits(YamlNode.Scalar scalar) {
        if (scalar.text().matches("[1-9]")) {
            digits = Integer.parseInt(scalar.text());
        } else if (scalar.text().equals("any")) {
            digits = Catalog.ANY_DIGITS;
        } else {
            out.add(Diagnostic.of(DiagnosticKind.DIGITS, scalar.mark(), scalar.text()));
        }
    }

    private void readLocales(YamlNode.Sequence list) {
        List<String> declared = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, item.mark(), "locales", "a list of locales such as [en, zh-CN]",
                        "a list holding " + item.describe()));
            } else if (LocaleTag.parse(scalar.text()).isEmpty()) {
                out.add(Diagnostic.of(DiagnosticKind.LOCALE_FORMAT, scalar.mark(), scalar.text(), localeHint(scalar.text())));
            } else if (declared.contains(scalar.text())) {
                out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_LOCALE, scalar.mark(), scalar.text()));
            } else {
                declared.add(scalar.text());
            }
        }
        if (list.items().isEmpty()) {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, list.mark(), "locales", "a non-empty list", "an empty list"));
        }
        if (!declared.isEmpty()) {
            locales = List.copyOf(declared);
        }
    }

    /** A "did you mean" for a tag in the wrong case or with '_', else what the tag has that a catalog locale cannot. */
    private static String localeHint(String text) {
        return LocaleTag.canonicalSpelling(text).map(Suggestions::hint)
                .or(() -> LocaleTag.unsupportedPart(text).map(part -> "; it has " + part + ", which a catalog locale cannot have"))
                .orElse("");
    }

    private Optional<Category> readCategory(YamlNode node, int position) {
        Optional<Fields> maybeFields = Fields.of(node, "categories[" + position + "]", "category #" + position, out);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        Fields probe = maybeFields.get();
        Optional<String> id = probe.knowing(with(CATEGORY_KEYS)).requiredScalar("id", "a lower-kebab-case id", "compliance")
                .filter(s -> values.matches(s, ValueParsers.CATEGORY_ID, DiagnosticKind.CATEGORY_ID, suggestKebab(s.text())))
                .map(YamlNode.Scalar::text);
        id.ifPresent(translationKeys::add);
        String context = id.map(i -> "category '" + i + "'").orElse("category #" + position);
        Fields fields = Fields.of(node, "categories[" + position + "]", context, out).orElseThrow();
        fields.allowOnly(with(CATEGORY_KEYS));
        Optional<LocalizedText> title = fields.required("title", "Compliance Errors")
                .flatMap(v -> texts.read("title", v, "the title of " + context, id));
        Optional<YamlNode> rangeNode = fields.required("range", "3049xx");
        Optional<CodeRange> range = rangeNode.flatMap(v -> values.range("range", v));
        OptionalInt http = fields.optionalScalar("http", "an HTTP status").map(values::httpStatus).orElse(OptionalInt.empty());
        Optional<String> description = fields.optionalScalar("description", "a text").map(YamlNode.Scalar::text);
        boolean frozen = fields.optionalScalar("frozen", "true or false").map(values::frozen).orElse(false);
        Optional<String> help = fields.optionalScalar("help", "an http or https URL").flatMap(s -> HelpLinks.read(s, out));
        Map<String, FieldValue> fieldValues = fieldReader.readValues(node);
        int categoryHttp = http.orElse(defaultHttp);
        Optional<String> categoryGrpc = fields.optionalScalar("grpc-code", "a gRPC status name").flatMap(values::grpcCode)
                .or(() -> defaultGrpc);
        List<ErrorCode> codes = new ArrayList<>();
        fields.optionalList("codes", "a list of codes").ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                String path = "categories[" + position + "].codes[" + (i + 1) + "]";
                readCode(list.items().get(i), path, i + 1, context, categoryHttp, categoryGrpc).ifPresent(codes::add);
            }
        });
        if (id.isEmpty() || title.isEmpty() || range.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Category(id.get(), title.get(), range.get(), description, codes, Optional.empty(),
                node.mark(), rangeNode.get().mark(), fieldValues, frozen, help));
    }

    /** @param path where the code sits, as a key path ({@code categories[2].codes[1]}) for wrong-type messages */
    private Optional<ErrorCode> readCode(YamlNode node, String path, int position, String categoryContext, int categoryHttp,
            Optional<String> categoryGrpc) {
        String fallbackContext = "code #" + position + " of " + categoryContext;
        Optional<Fields> probe = Fields.of(node, path, fallbackContext, out);
        if (probe.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode.Scalar> codeScalar = probe.get().knowing(with(CODE_KEYS)).requiredScalar("code", "a code", values.exampleCode('1'));
        OptionalInt code = codeScalar.map(values::code).orElse(OptionalInt.empty());
        String context = code.isPresent() ? "code " + code.getAsInt() : fallbackContext;
        Fields fields = Fields.of(node, "", context, out).orElseThrow();
        fields.allowOnly(with(CODE_KEYS));
        Optional<YamlNode.Scalar> nameScalar = fields.requiredScalar("name", "an UPPER_SNAKE_CASE name", "NO_SESSION_FOUND")
                // the suggestion (three regular expressions) only for a name that needs one
                .filter(s -> ValueParsers.CODE_NAME.matcher(s.text()).matches()
                        || values.matches(s, ValueParsers.CODE_NAME, DiagnosticKind.CODE_NAME, suggestUpperSnake(s.text())));
        nameScalar.ifPresent(s -> translationKeys.add(s.text()));
        Optional<String> fileKey = nameScalar.map(YamlNode.Scalar::text);
        List<ErrorCode.Alias> aliases = fields.optionalList("aliases", "a list of older names such as [OLD_NAME]")
                .map(this::readAliases).orElse(List.of());
        Optional<TextReader.Message> message = fields.required("message", "No session found")
                .flatMap(v -> texts.readMessage(v, context, fileKey));
        OptionalInt http = fields.optionalScalar("http", "an HTTP status").map(values::httpStatus).orElse(OptionalInt.empty());
        Optional<String> grpc = fields.optionalScalar("grpc-code", "a gRPC status name").flatMap(values::grpcCode);
        Optional<String> description = fields.optionalScalar("description", "a text").map(YamlNode.Scalar::text);
        DeprecationReader.Read deprecation = fields.optional("deprecated")
                .map(v -> DeprecationReader.read(v, context, out)).orElse(DeprecationReader.Read.CURRENT);
        Optional<String> explanationKey = fileKey.map(k -> k + EXPLANATION_KEY);
        explanationKey.ifPresent(translationKeys::add);
        Optional<LocalizedText> explanation = fields.optional("explanation")
                .flatMap(v -> texts.read("explanation", v, "the explanation of " + context, explanationKey));
        if (fields.optional("explanation").isEmpty()) {
            explanationKey.ifPresent(k -> texts.reportWithoutDefault(k, "the explanation of " + context));
        }
        Optional<String> help = fields.optionalScalar("help", "an http or https URL").flatMap(s -> HelpLinks.read(s, out));
        Map<String, FieldValue> fieldValues = fieldReader.readValues(node);
        if (code.isEmpty() || nameScalar.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        int status = http.orElse(categoryHttp);
        String grpcCode = grpc.or(() -> categoryGrpc).orElseGet(() -> GrpcCodes.fromHttp(status));
        return Optional.of(new ErrorCode(code.getAsInt(), nameScalar.get().text(), message.get().text(),
                message.get().placeholders(), message.get().types(), status, description, deprecation.reason(),
                node.mark(), codeScalar.get().mark(), nameScalar.get().mark(), aliases, fieldValues, explanation, help,
                deprecation.since(), deprecation.replacedBy(), grpcCode));
    }

    private List<ErrorCode.Alias> readAliases(YamlNode.Sequence list) {
        List<ErrorCode.Alias> aliases = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, item.mark(), "aliases", "a list of older names such as [OLD_NAME]",
                        "a list holding " + item.describe()));
            } else if (ValueParsers.CODE_NAME.matcher(scalar.text()).matches()
                    || values.matches(scalar, ValueParsers.CODE_NAME, DiagnosticKind.CODE_NAME, suggestUpperSnake(scalar.text()))) {
                aliases.add(new ErrorCode.Alias(scalar.text(), scalar.mark()));
            }
        }
        return aliases;
    }

    /** The built-in keys of a code or category and the catalog's field ids. */
    private List<String> with(List<String> keys) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(fieldReader.ids());
        return all;
    }

    static String suggestPascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        String result = out.toString().replaceFirst("^[0-9]+", "");
        return result.isEmpty() ? "Api" : result;
    }

    static String suggestKebab(String text) {
        String result = text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^[-0-9]+|-+$", "");
        return result.isEmpty() ? "general" : result;
    }

    static String suggestUpperSnake(String text) {
        String result = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_").replaceAll("^[_0-9]+|_+$", "");
        return result.isEmpty() ? "SOMETHING_WENT_WRONG" : result;
    }
}
