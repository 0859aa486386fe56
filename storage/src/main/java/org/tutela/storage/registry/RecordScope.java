package org.tutela.storage.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which records a question answered inside the database may count: all of them, those of some
 * compartments ({@code record_compartment}), or those of none (the pool of unassigned records). How the
 * compartment views pass their limits down, so that a count never includes what their owner may not see.
 */
public record RecordScope(Kind kind, Set<String> compartments) {
    public enum Kind { WHOLE, WITHIN, UNASSIGNED }

    public static final RecordScope WHOLE = new RecordScope(Kind.WHOLE, Set.of());
    public static final RecordScope UNASSIGNED = new RecordScope(Kind.UNASSIGNED, Set.of());

    public RecordScope {
        compartments = Set.copyOf(compartments);
        if (kind != Kind.WITHIN && !compartments.isEmpty()) {
            throw new IllegalArgumentException("only a scope within compartments names them");
        }
    }

    /** The records of {@code compartments}: none at all when it is empty. */
    public static RecordScope within(Collection<String> compartments) {
        return new RecordScope(Kind.WITHIN, Set.copyOf(compartments));
    }

    /** The condition on {@code column} (a record id) this scope adds to a WHERE clause, starting with AND. */
    String condition(String column) {
        return switch (kind) {
            case WHOLE -> "";
            case WITHIN -> compartments.isEmpty() ? " AND 1 = 0"
                    : " AND EXISTS (SELECT 1 FROM record_compartment rc WHERE rc.record_id = " + column
                    + " AND rc.compartment IN (" + String.join(", ", Collections.nCopies(compartments.size(), "?")) + "))";
            case UNASSIGNED -> " AND NOT EXISTS (SELECT 1 FROM record_compartment rc WHERE rc.record_id = " + column + ")";
        };
    }

    /** The values the condition binds, in order. */
    List<String> parameters() {
        return List.copyOf(new TreeSet<>(compartments));
    }
}
