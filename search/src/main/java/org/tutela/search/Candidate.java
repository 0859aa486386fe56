package org.tutela.search;

import java.util.Optional;
import org.tutela.core.lists.WatchList;

/**
 * One document an index retrieved for a {@link CandidateQuery}, in the index's rank order: its facts, and for a list
 * entry the list it belongs to.
 */
public record Candidate(IndexedFacts facts, Optional<WatchList.ListInfo> list) {
    public Candidate {
        list = list == null ? Optional.empty() : list;
    }

    public static Candidate person(IndexedFacts facts) {
        return new Candidate(facts, Optional.empty());
    }

    public static Candidate entry(IndexedFacts facts, WatchList.ListInfo list) {
        return new Candidate(facts, Optional.of(list));
    }
}
