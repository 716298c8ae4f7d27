package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.Optional;

/**
 * An entry of {@code reserved}: a retired code or range that no code may use again, with the name
 * the code had (which no name or alias may take again), why it was retired and which code took
 * over ({@code replaced-by}), where given.
 */
public record Retired(CodeRange range, Optional<String> name, Optional<String> reason, Mark mark, Optional<Successor> replacedBy) {

    public static Retired of(CodeRange range, Mark mark) {
        return new Retired(range, Optional.empty(), Optional.empty(), mark, Optional.empty());
    }

    /** Whether the entry says more than its number: it needs the mapping form in the descriptor and a row in the docs. */
    public boolean described() {
        return name.isPresent() || reason.isPresent() || replacedBy.isPresent();
    }
}
