package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.GeneratedNames;
import dev.errorcatalog.processor.model.Integrations;
import dev.errorcatalog.processor.model.JavaNames;
import dev.errorcatalog.processor.diag.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every generated Java name is unique, and the generated code can refer to each. The types come
 * from {@link GeneratedNames}, the one list of what the processor writes. Type names are compared
 * ignoring case, because two files {@code FooBarError.java} and {@code FoobarError.java} collide on
 * the file systems of macOS and Windows. Factory names are compared within their exception class.
 * A generated type named like a {@code java.lang} type ({@code catalog: String} and a field
 * {@code builder} make {@code StringBuilder}) is no error: the generators then qualify
 * {@code java.lang}'s ({@code GenerationContext}).
 */
public final class NameRules {
    private NameRules() {}

    /**
     * The longest catalog name, category id, code name or placeholder: a longer one makes file
     * names past the file system's 255 bytes, or constants past the class file's 65,535.
     */
    static final int MAX_NAME_LENGTH = 100;

    /** Model in, diagnostics out: what generating {@code catalog} with {@code integrations} would break. */
    public static List<Diagnostic> check(Catalog catalog, Integrations integrations) {
        List<Diagnostic> out = new ArrayList<>();
        checkLength("catalog name", catalog.name(), catalog.mark(), out);
        for (Category category : catalog.categories()) {
            checkLength("category id", category.id(), category.mark(), out);
            for (ErrorCode code : category.codes()) {
                checkLength("name", code.name(), code.nameMark(), out);
                code.aliases().forEach(alias -> checkLength("alias", alias.name(), alias.mark(), out));
                code.parameters().forEach(p -> checkLength("placeholder", p, code.mark(), out));
            }
        }
        for (FieldDefinition field : catalog.fields()) {
            checkLength("field id", field.id(), field.mark(), out);
            field.values().forEach(value -> checkLength("value", value, field.mark(), out));
        }
        checkAccessors(catalog, out);
        Map<String, GeneratedNames.Type> types = new HashMap<>();
        Set<GeneratedNames.Owner> reported = new HashSet<>();
        for (GeneratedNames.Type type : GeneratedNames.types(catalog, integrations)) {
            claimType(types, type, reported, out);
        }
        checkHiddenFieldEnums(catalog, out);
        Set<String> ids = new HashSet<>();
        for (Category category : catalog.categories()) {
            if (ids.add(category.id())) {
                checkFactories(category, out);
            }
        }
        return out;
    }

    private static void checkLength(String what, String name, Mark mark, List<Diagnostic> out) {
        if (name.length() > MAX_NAME_LENGTH) {
            out.add(Diagnostic.of(DiagnosticKind.NAME_TOO_LONG, mark, what, name.substring(0, 40) + "...", name.length(),
                    MAX_NAME_LENGTH));
        }
    }

    /**
     * Claims a type name. One owner that clashes twice with the same other owner (the enum and
     * the exception of category 'ach' with those of catalog 'Ach') is one mistake: one error.
     */
    private static void claimType(Map<String, GeneratedNames.Type> types, GeneratedNames.Type type,
            Set<GeneratedNames.Owner> reported, List<Diagnostic> out) {
        GeneratedNames.Type first = types.putIfAbsent(type.simpleName().toLowerCase(Locale.ROOT), type);
        if (first == null || first.owner().equals(type.owner()) || !reported.add(type.owner())) {
            return;
        }
        boolean catalogOwned = first.owner().description().startsWith("the catalog ");
        String fix = catalogOwned ? "rename the " + type.owner().description().replaceFirst(" .*", "") : "rename one of them";
        out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, type.owner().mark(), "type " + type.simpleName(),
                type.owner().description(), "clashes with " + first.role() + " " + first.simpleName() + " generated for "
                        + first.owner().description() + " (at " + lineOf(first.owner()) + ")", fix));
    }

    private static String lineOf(GeneratedNames.Owner owner) {
        return owner.mark() == null ? "?" : owner.mark().lineText();
    }

    /** A field's accessor on the error interface: not a keyword, not a member every constant has, not twice. */
    private static void checkAccessors(Catalog catalog, List<Diagnostic> out) {
        Map<String, FieldDefinition> accessors = new HashMap<>();
        for (FieldDefinition field : catalog.fields()) {
            String accessor = JavaNames.fieldAccessor(field.id());
            String problem = JavaNames.accessorProblem(accessor);
            FieldDefinition first = accessors.putIfAbsent(accessor, field);
            if (problem != null) {
                out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, field.mark(), "accessor " + accessor + "()",
                        "field '" + field.id() + "'", problem, "choose another id"));
            } else if (first != null) {
                out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, field.mark(), "accessor " + accessor + "()",
                        "field '" + field.id() + "'", "clashes with the one for field '" + first.id() + "' (at "
                                + first.mark().lineText() + ")", "rename one of them"));
            }
        }
    }

    /**
     * Where an error enum writes a field's value ({@code AB.X}), its codes' constants, aliases and
     * data constants are in scope, and a variable hides a type of the same name (JLS 6.4.2):
     * catalog {@code A}, enum field {@code b} and a code {@code AB} would not compile.
     */
    private static void checkHiddenFieldEnums(Catalog catalog, List<Diagnostic> out) {
        if (catalog.name().isEmpty()) {
            return;
        }
        Map<String, FieldDefinition> enums = new HashMap<>();
        for (FieldDefinition field : catalog.fields()) {
            if (field.type() == FieldDefinition.FieldType.ENUM) {
                String type = JavaNames.fieldEnum(catalog.name(), field.id());
                enums.putIfAbsent(type, field);
                if (GeneratedNames.DATA_CONSTANTS.contains(type)) {
                    out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, field.mark(), "type " + type, "field '" + field.id() + "'",
                            "would be hidden by the constant " + type + " that every generated error enum holds",
                            "rename the field"));
                }
            }
        }
        if (enums.isEmpty()) {
            return;
        }
        for (Category category : catalog.categories()) {
            for (ErrorCode code : category.codes()) {
                checkHidden(enums, code.name(), "code " + code.code(), code.nameMark(), out);
                for (ErrorCode.Alias alias : code.aliases()) {
                    checkHidden(enums, alias.name(), "an alias of code " + code.code(), alias.mark(), out);
                }
            }
        }
    }

    private static void checkHidden(Map<String, FieldDefinition> enums, String constant, String owner, Mark mark,
            List<Diagnostic> out) {
        FieldDefinition field = enums.get(constant);
        if (field != null) {
            out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, mark, "constant " + constant, owner, "would hide the type "
                    + constant + " generated for field '" + field.id() + "' (at " + field.mark().lineText()
                    + ") where the error enums use it", "rename one of them"));
        }
    }

    /** Every name and alias of a category gets a factory; two must not share a name. */
    private static void checkFactories(Category category, List<Diagnostic> out) {
        Map<String, String> factories = new HashMap<>();
        for (ErrorCode code : category.codes()) {
            checkFactory(category, code, code.name(), code.nameMark(), factories, out);
            for (ErrorCode.Alias alias : code.aliases()) {
                checkFactory(category, code, alias.name(), alias.mark(), factories, out);
            }
        }
    }

    private static void checkFactory(Category category, ErrorCode code, String name, Mark mark, Map<String, String> factories,
            List<Diagnostic> out) {
        String factory = JavaNames.factoryName(name);
        String source = name + " (" + code.code() + ", at " + mark.lineText() + ")";
        String first = factories.putIfAbsent(factory, source);
        if (first != null && !first.startsWith(name + " (")) {
            out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, mark, "factory " + JavaNames.categoryException(category.id()) + "."
                    + factory + "()", name + " (" + code.code() + ")", "clashes with the one for " + first, "rename one of them"));
        }
    }
}
