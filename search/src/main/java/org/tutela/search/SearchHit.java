package org.tutela.search;

import org.tutela.core.lists.WatchList;
import org.tutela.core.names.NameMatch;
import org.tutela.core.registry.RecordId;

import java.util.Optional;

/**
 * One person found, with the explanation of the match.
 */
public record SearchHit(Found found, NameMatch match) {

    /** Who was found: a registry person or an entry of a list. */
    public sealed interface Found permits RegistryPerson, ListPerson {
        String name();
    }

    /** A person of the registry, by id; never part of a public search's results. */
    public record RegistryPerson(RecordId id, String name) implements Found {
    }

    /** An entry of an imported list. */
    public record ListPerson(WatchList.ListInfo list, String entryId, String name, Optional<String> reference,
                             Optional<String> sourceUrl) implements Found {
    }
}
