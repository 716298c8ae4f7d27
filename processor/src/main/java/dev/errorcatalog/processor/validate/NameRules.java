package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
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
 * Every generated Java name is unique. Type names are compared ignoring case, because two files
 * {@code FooBarError.java} and {@code FoobarError.java} collide on the file systems of macOS and
 * Windows. Factory names are compared within their exception class.
 */
final class NameRules {
    /** java.lang types the generated code refers to by simple name; a generated type must not hide them. */
    private static final Set<String> USED_JAVA_LANG = Set.of("RuntimeException", "IllegalArgumentException");

    private NameRules() {}

    private record Source(String description, Mark mark) {}

    /**
     * The longest catalog name, category id, code name or placeholder: a longer one makes file
     * names past the file system's 255 bytes, or constants past the class file's 65,535.
     */
    static final int MAX_NAME_LENGTH = 100;

    static List<Diagnostic> check(Catalog catalog) {
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
        Map<String, Source> types = new HashMap<>();
        if (!catalog.name().isEmpty()) {
            Source source = new Source("the catalog '" + catalog.name() + "'", catalog.mark());
            for (String type : List.of(JavaNames.errorInterface(catalog.name()), JavaNames.categoryEnum(catalog.name()),
                    JavaNames.registry(catalog.name()), JavaNames.baseException(catalog.name()))) {
                claimType(types, type, source, null, out);
            }
        }
        checkFields(catalog, types, out);
        Set<String> ids = new HashSet<>();
        for (Category category : catalog.categories()) {
            if (!ids.add(category.id())) {
                continue; // a second category with the same id: duplicate-category says so already
            }
            Source source = new Source("category '" + category.id() + "'", category.mark());
            Source clashed = claimType(types, JavaNames.categoryErrorEnum(category.id()), source, null, out);
            claimType(types, JavaNames.categoryException(category.id()), source, clashed, out);
            checkFactories(category, out);
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
     * Claims a type name; reports a clash unless it is with {@code reported} (the enum and the
     * exception of one category clash with the same source: one mistake, one error). Returns the
     * source it clashed with, or null.
     */
    private static Source claimType(Map<String, Source> types, String type, Source source, Source reported,
            List<Diagnostic> out) {
        if (USED_JAVA_LANG.contains(type)) {
            out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, source.mark(), "the type " + type + " generated for "
                    + source.description() + " would hide java.lang." + type + ", which the generated code uses; choose another id"));
            return null;
        }
        Source first = types.putIfAbsent(type.toLowerCase(Locale.ROOT), source);
        if (first == null || first.equals(source)) {
            return null;
        }
        if (!first.equals(reported)) {
            out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, source.mark(), "the type " + type + " generated for "
                    + source.description() + " clashes with the one generated for " + first.description()
                    + " (at " + first.mark().lineText() + "); rename one of them"));
        }
        return first;
    }

    /** A field's accessor on the error interface and, for an enum field, its enum type. */
    private static void checkFields(Catalog catalog, Map<String, Source> types, List<Diagnostic> out) {
        Map<String, FieldDefinition> accessors = new HashMap<>();
        for (FieldDefinition field : catalog.fields()) {
            String accessor = JavaNames.fieldAccessor(field.id());
            String problem = JavaNames.accessorProblem(accessor);
            FieldDefinition first = accessors.putIfAbsent(accessor, field);
            if (problem != null) {
                out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, field.mark(), "the accessor " + accessor + "() generated for field '"
                        + field.id() + "' " + problem + "; choose another id"));
            } else if (first != null) {
                out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, field.mark(), "the accessor " + accessor + "() generated for field '"
                        + field.id() + "' clashes with the one for field '" + first.id() + "' (at " + first.mark().lineText()
                        + "); rename one of them"));
            }
            if (field.type() == FieldDefinition.FieldType.ENUM && !catalog.name().isEmpty()) {
                claimType(types, JavaNames.fieldEnum(catalog.name(), field.id()),
                        new Source("field '" + field.id() + "'", field.mark()), null, out);
            }
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
            out.add(Diagnostic.of(DiagnosticKind.NAME_CLASH, mark, "the factory "
                    + JavaNames.categoryException(category.id()) + "." + factory + "() generated for " + name
                    + " (" + code.code() + ") clashes with the one for " + first + "; rename one of them"));
        }
    }
}
