package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry as the logic reads it: records by id, by kind, and by what points at them. Screening,
 * matching and patterns depend on this and nothing else of storage.
 */
public interface RegistryView {

    Optional<RegistryRecord> get(RecordId id);

    /** Every current record of one kind. */
    <T extends RegistryRecord> List<T> all(Class<T> type);

    /** The current records that reference {@code id}. */
    List<RegistryRecord> referencing(RecordId id);

    default <T extends RegistryRecord> Optional<T> get(RecordId id, Class<T> type) {
        return get(id).filter(type::isInstance).map(type::cast);
    }

    /** The current records of one kind that reference {@code id}; a database answers it from an index. */
    default <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return referencing(id).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The current records of one kind that have any of {@code keys} (see {@link RecordKey#of}): what screening asks instead of reading every record of the kind. A database answers it from
     * an index; this default reads them all, which is right only for small in-memory sets.
     */
    default <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, java.util.Collection<RecordKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return all(type).stream().filter(r -> RecordKey.of(r).stream().anyMatch(keys::contains)).toList();
    }

    /**
     * How many incidents each of some states perpetrated, and the latest of them, as this view shows them
     * (see {@link StateIncidents}). A database answers it from an index without reading the incidents; this
     * default reads them by key, which is right only for small in-memory sets. Views that wrap another pass
     * the question on, narrowed to what they show.
     */
    default StateIncidents.Tally incidents(StateIncidents query) {
        if (query.states().isEmpty()) {
            return StateIncidents.Tally.NONE;
        }
        return query.answer(withAnyKey(Incident.class, query.keys()));
    }

    /** This registry with {@code records} laid over it, replacing records of the same id; nothing is stored. */
    default RegistryView with(java.util.Collection<? extends RegistryRecord> records) {
        return new Overlay(this, records);
    }

    /**
     * This view asking each question once and remembering the answer: for one computation that asks the
     * same things many times (a screening), never for keeping (it does not see later writes).
     */
    default RegistryView readOnce() {
        return new ReadOnceView(this);
    }

    /** The registry as it stood on {@code date}: only what had come to be by then. */
    default RegistryView asOf(LocalDate date) {
        return new AsOfView(this, date);
    }
}
