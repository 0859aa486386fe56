package org.tutela.core.names;

import java.util.Optional;

/**
 * One kind of correspondence between two name parts (exact, transliteration, equivalent name, typo, ...). The
 * matcher asks its comparators in order ({@link PartComparators}); the first that answers decides. An empty answer
 * means "not my kind": the next comparator is asked. {@link Correspondence#NONE} means "these do not correspond",
 * and no later comparator is asked.
 */
interface PartComparator {
    Optional<Correspondence> compare(NamePart a, NamePart b);
}
