package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Teams' catalogs stay apart: a catalog's ranges must not touch any imported catalog's ranges
 * (not even by nesting: a range belongs to one team), and no code may repeat across them. The
 * errors name both catalogs and both places.
 */
public final class ImportRules {
    private ImportRules() {}

    /** An imported catalog and the path it was imported by. */
    public record Imported(String path, Catalog catalog) {}

    public static List<Diagnostic> check(Catalog catalog, List<Imported> imports) {
        List<Diagnostic> out = new ArrayList<>();
        for (Imported imported : imports) {
            Map<Integer, ErrorCode> theirs = new HashMap<>();
            imported.catalog().categories().forEach(c -> c.codes().forEach(code -> theirs.putIfAbsent(code.code(), code)));
            for (Category mine : catalog.categories()) {
                for (Category other : imported.catalog().categories()) {
                    if (mine.range().overlaps(other.range())) {
                        out.add(Diagnostic.of(DiagnosticKind.IMPORT_OVERLAP, mine.rangeMark(), mine.range(), mine.id(),
                                other.range(), other.id(), imported.catalog().name(), other.rangeMark()));
                    }
                }
                for (ErrorCode code : mine.codes()) {
                    ErrorCode other = theirs.get(code.code());
                    if (other != null) {
                        out.add(Diagnostic.of(DiagnosticKind.IMPORT_DUPLICATE_CODE, code.codeMark(), code.code(),
                                other.name(), imported.catalog().name(), other.codeMark()));
                    }
                }
            }
        }
        return out;
    }
}
