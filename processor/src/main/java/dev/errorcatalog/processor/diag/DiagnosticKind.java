package dev.errorcatalog.processor.diag;

import java.util.Locale;

/**
 * Every diagnostic the processor can print. The tag is stable (users grep for it and tests
 * assert it); the format is a {@link String#format} pattern; docs/diagnostics.md lists each one.
 */
public enum DiagnosticKind {
    // --- finding and reading the file
    ANNOTATION("annotation", "@ErrorCatalog %s"),
    FILE_NOT_FOUND("file-not-found", "cannot find catalog '%s'; searched: %s"),
    FILE_UNREADABLE("file-unreadable", "cannot read catalog '%s': %s"),
    FILE_TOO_LARGE("file-too-large", "the catalog is %,d bytes; the limit is %,d bytes"),
    INVALID_UTF8("invalid-utf8", "the file is not valid UTF-8: byte 0x%02X cannot start or continue a character"),

    // --- YAML
    YAML_SYNTAX("yaml-syntax", "the YAML cannot be read: %s"),
    YAML_TAG("yaml-tag", "the tag '%s' is not allowed: a catalog holds plain strings, numbers, lists and mappings"),
    YAML_LIMIT("yaml-limit", "the file is beyond a reading limit: %s"),
    DUPLICATE_KEY("duplicate-key", "key '%s' appears twice in this mapping; the first is at %s"),
    COMPLEX_KEY("complex-key", "a mapping key must be a plain scalar, not %s"),
    LONE_SURROGATE("lone-surrogate", "%s is half of a surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry; %s"),
    ESCAPE_OUT_OF_RANGE("escape-out-of-range", "the escape '%s' is beyond U+10FFFF, the last Unicode character; "
            + "a \\U escape takes 8 hex digits from \\U00000000 to \\U0010FFFF, e.g. \\U0001F600"),

    // --- structure
    UNKNOWN_KEY("unknown-key", "unknown key '%s' in %s%s"),
    MISSING_KEY("missing-key", "%s needs '%s'%s"),
    NULL_VALUE("null-value", "%s is %s, which YAML reads as null (no value); write a value%s"),
    WRONG_TYPE("wrong-type", "'%s' must be %s, not %s"),

    // --- values
    CATALOG_NAME("catalog-name", "catalog name '%s' must be PascalCase (a capital letter, then letters and digits), e.g. %s"),
    CATEGORY_ID("category-id", "category id '%s' must be lower-kebab-case (a-z, 0-9 and single '-' between words), e.g. %s"),
    CODE_NAME("code-name", "name '%s' must be UPPER_SNAKE_CASE (A-Z, 0-9 and single '_' between words), e.g. %s"),
    DIGITS("digits", "'digits' must be a whole number from 1 to 9, or 'any', not '%s'"),
    CODE_FORMAT("code-format", "code '%s' %s"),
    RANGE_FORMAT("range-format", "range %s %s"),
    RETIRED_NAME("retired-name", "retired name '%s' must be a word of capital letters, digits and underscores, e.g. %s"),
    HELP_URL("help-url", "'help' must be an absolute http or https URL such as https://docs.acme.com/errors/{code} "
            + "({code} and {name} are filled in), not '%s': %s"),
    EXPLANATION_LINK("explanation-link", "the link '%s' in %s %s; links must be absolute http or https URLs, "
            + "or anchors of the catalog's page such as '#%s'"),
    REPLACED_BY("replaced-by", "'replaced-by: %s' of %s must name a live code of this catalog, but %s%s"),
    HTTP_STATUS("http-status", "HTTP status '%s' must be a whole number from 100 to 599"),
    GRPC_CODE("grpc-code", "grpc-code '%s' is not a gRPC status: write a canonical name other than OK, "
            + "such as NOT_FOUND, INVALID_ARGUMENT or FAILED_PRECONDITION%s"),
    LOCALE_FORMAT("locale-format", "locale '%s' must be a language tag of a language, an optional script and an optional region, "
            + "in canonical case: 'en', 'zh-CN', 'zh-Hant', 'sr-Latn', 'es-419'%s"),
    DUPLICATE_LOCALE("duplicate-locale", "locale '%s' is declared twice in 'locales'"),
    UNKNOWN_LOCALE("unknown-locale", "locale '%s' is not declared in 'locales' %s%s"),
    MISSING_DEFAULT_LOCALE("missing-default-locale", "%s has no text for the default locale '%s'"),
    MISSING_TRANSLATION("missing-translation", "%s has no '%s' text%s (strict locales are on)"),
    EMPTY_TEXT("empty-text", "%s must not be empty"),

    // --- translation files (translations: {de: errors_de.properties})
    TRANSLATIONS("translations", "'%s' is the default locale, whose texts stay in the catalog; 'translations' is for the other locales"),
    TRANSLATION_NOT_FOUND("translation-not-found", "cannot find translation file '%s' of locale '%s'; searched: %s"),
    TRANSLATION_TOO_LARGE("translation-too-large", "the translation file is %,d bytes; the limit is %,d bytes, as for a catalog"),
    PROPERTIES_SYNTAX("properties-syntax", "malformed escape '\\u%s': write \\u and four hex digits, such as \\u00e9"),
    DUPLICATE_TRANSLATION("duplicate-translation", "key '%s' appears twice in this file; the first is at %s"),
    TRANSLATED_TWICE("translated-twice", "the '%s' text of %s is given both here and in %s (%s); keep one"),

    // --- ranges and codes
    RANGE_OVERLAP("range-overlap", "range %s of category '%s' overlaps range %s of category '%s' (%s) without one containing the other"),
    SAME_RANGE("same-range", "category '%s' has the same range %s as category '%s' (%s); a nested category needs a narrower range"),
    CODE_OUT_OF_RANGE("code-out-of-range", "code %d lies outside the range %s of its category '%s'%s"),
    CODE_IN_CHILD_CATEGORY("code-in-child-category", "code %d belongs to category '%s' (%s), which lies inside '%s'; move it there"),
    DUPLICATE_CODE("duplicate-code", "code %d is declared twice: here as %s and at %s as %s%s"),
    DUPLICATE_NAME("duplicate-name", "name %s is used twice: here %s and at %s %s"),
    RESERVED_NAME("reserved-name", "name %s is retired (listed in 'reserved' at %s for %s); a retired name may not be reused"),
    DUPLICATE_CATEGORY("duplicate-category", "category id '%s' is declared twice: here and at %s"),
    RESERVED_CODE("reserved-code", "code %d is reserved (%s); a retired code may not be reused"),

    // --- messages
    MESSAGE_SYNTAX("message-syntax", "%s in %s; write '{name}' or '{name:type}' for a placeholder and '{{' or '}}' for a literal brace"),
    PLACEHOLDER_MISMATCH("placeholder-mismatch", "the '%s' text of %s has placeholders %s, but the '%s' text has %s"),
    PLACEHOLDER_TYPE("placeholder-type", "%s type '%s' of placeholder {%s} in the '%s' text of %s; %s"),
    PLURAL_SYNTAX("plural-syntax", "%s in %s; a block is written '{name, plural, one {...} other {...}}' or '{name, select, word {...} other {...}}'"),
    PLURAL_KIND("plural-kind", "{%s} is %s in the '%s' text of %s, but %s in the '%s' text (%s); a variable has one meaning in every locale"),
    PLURAL_CATEGORY("plural-category", "the '%s' text of %s lacks %s in the plural block {%s} at character %d: CLDR's rules for '%s' choose %s for whole numbers; add a branch for each"),
    PLURAL_DEAD_BRANCH("plural-dead-branch", "the '%s' branch at character %d of the plural block {%s} in the '%s' text of %s is never chosen: CLDR's rules for '%s' choose only %s for whole numbers",
            Severity.WARNING),

    // --- fields
    FIELD_ID("field-id", "field id '%s' %s"),
    FIELD_DECLARATION("field-declaration", "field '%s' %s"),
    FIELD_VALUE("field-value", "value '%s' of field '%s' %s"),
    TOO_MANY_FIELDS("too-many-fields", "the catalog declares %d fields, more than the %d a generated enum can carry per code"),

    // --- generated Java
    NAME_CLASH("name-clash", "the %s generated for %s %s; %s"),
    NAME_TOO_LONG("name-too-long", "%s '%s' is %,d characters long, more than the %,d a generated Java name may have (type names are also file names)"),
    TOO_MANY_PLACEHOLDERS("too-many-placeholders", "%s has %d placeholders, more than the %d a generated factory can take (a Java method has at most 255 parameters, and one is the cause)"),
    TOO_MANY_CATEGORIES("too-many-categories", "the catalog has %,d categories in %d locale(s); the generated category enum holds at most %,d for that many locales (javac limits its initialiser to 64 KiB)"),
    TOO_MANY_CODES("too-many-codes", "the catalog has %,d codes, more than the %,d one catalog may hold (javac needs about %,d MB of heap per 10,000 codes to compile it, and a bigger catalog would exhaust its default heap on a 2 GB build machine); split it into catalogs that import each other"),
    CATEGORY_TOO_LARGE("category-too-large", "category '%s' has %,d codes, more than the %,d one category may hold (javac limits an enum's initialiser to 64 KiB); split it into nested categories"),

    // --- filling up (warnings)
    CATEGORY_ALMOST_FULL("category-almost-full",
            "category '%s' (%s) is %.0f%% full: %,d of its %,d own codes are declared or reserved; plan a new range",
            Severity.WARNING),

    // --- imported catalogs
    IMPORT_NOT_FOUND("import-not-found", "cannot find imported catalog '%s'; searched: %s"),
    IMPORT_INVALID("import-invalid", "imported catalog '%s' is not valid: %s"),
    IMPORT_OVERLAP("import-overlap", "range %s of category '%s' overlaps range %s of category '%s' in imported catalog %s (%s); each team keeps its own ranges"),
    IMPORT_DUPLICATE_CODE("import-duplicate-code", "code %d is already %s in imported catalog %s (%s)"),

    // --- the last release (-Aerrorcatalog.baseline)
    BASELINE_INVALID("baseline-invalid", "cannot compare with baseline '%s': %s"),
    REMOVED_CODE("removed-code", "code %d (%s) of category '%s' was published (baseline %s) and is gone; add it to 'reserved' to retire it"),
    RENAMED_CODE("renamed-code", "code %d was named %s and is now %s (baseline %s); clients switch on names, keep the old one%s"),
    FROZEN_CATEGORY("frozen-category", "code %d is new in category '%s', which is frozen (baseline %s); a frozen category takes no new codes"),
    MOVED_CODE("moved-code", "code %d was in category '%s' and is now in '%s' (baseline %s); a published code keeps its category"),
    CHANGED_PLACEHOLDERS("changed-placeholders", "the placeholders of code %d were %s and are now %s (baseline %s); callers pass arguments in that order"),
    RANGE_SHRUNK("range-shrunk", "the range of category '%s' was %s and is now %s: published code(s) %s fall out of it"),
    REUSED_CODE("reused-code", "code %d %s in the baseline: a retired code never comes back with another meaning"),
    RETIRED_WITHOUT_DEPRECATION("retired-without-deprecation", "code %d (%s) is retired here, but the baseline %s did not "
            + "mark it deprecated; deprecate it in one release (deprecated: {since: ..., replaced-by: ...}) before retiring it, "
            + "so its users are warned", Severity.WARNING),
    CHANGED_HTTP("changed-http", "the HTTP status of code %d was %d and is now %d", Severity.WARNING),
    CHANGED_FIELD("changed-field", "the field '%s' of code %d was %s and is now %s (baseline %s)", Severity.WARNING),
    CHANGED_TITLE("changed-title", "the '%s' title of category '%s' was '%s' and is now '%s'", Severity.WARNING),

    // --- options
    MISSING_EXPLANATION("missing-explanation", "code %d (%s) has no explanation; add 'explanation:' with why it happens "
            + "and what a caller should do (-Aerrorcatalog.requireExplanations is on)"),
    PROBLEM_TYPE_BASE("problem-type-base", "-Aerrorcatalog.problemTypeBase=%s is not a URI that a code can follow (%s); write an absolute base such as https://errors.acme.com/ or urn:acme:errors:"),

    GRPC_MISSING("grpc-missing", "-Aerrorcatalog.grpc=true needs gRPC on the compile class path, but %s is missing; "
            + "add io.grpc:grpc-protobuf (it brings grpc-api and proto-google-common-protos), or drop the option"),
    GRPC_RULE("grpc-rule", "%s, which Google's error model (AIP-193) does not allow with -Aerrorcatalog.grpc=true; %s"),

    SPRING_CLASS_PATH("spring-class-path", "-Aerrorcatalog.spring=true generates a Spring Boot integration, but %s is on the compile class path: add %s, or drop the option"),

    OUTPUTS_OPTION("outputs-option", "-Aerrorcatalog.outputs names '%s', which is not an output; list some of: %s%s"),

    // --- the compilation
    JAVA_LEVEL("java-level", "the generated code needs Java 11 or newer, but this compilation is at Java %d: "
            + "compile with --release 11 or higher (Maven: <release>17</release> in maven-compiler-plugin, whose default is 8)"),

    // --- writing the output
    WRITE_FAILED("write-failed", "cannot write the generated files: %s"),

    // --- the processor itself
    OUT_OF_MEMORY("out-of-memory", "ran out of %s while compiling catalog '%s'; %s"),
    INTERNAL_ERROR("internal-error", "the processor failed unexpectedly on catalog '%s': %s; please report this with your catalog and these frames: %s"),
    ;

    private final String tag;
    private final String format;
    private final Severity severity;

    DiagnosticKind(String tag, String format) {
        this(tag, format, Severity.ERROR);
    }

    DiagnosticKind(String tag, String format, Severity severity) {
        this.tag = tag;
        this.format = format;
        this.severity = severity;
    }

    public String tag() {
        return tag;
    }

    public String format() {
        return format;
    }

    public Severity severity() {
        return severity;
    }

    /** Formats with {@link Locale#ROOT} so digits and separators never depend on the machine. */
    String render(Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
