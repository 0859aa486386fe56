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

    /** This registry with {@code records} laid over it, replacing records of the same id; nothing is stored. */
    default RegistryView with(java.util.Collection<? extends RegistryRecord> records) {
        return new Overlay(this, records);
    }

    /** The registry as it stood on {@code date}: only what had come to be by then. */
    default RegistryView asOf(LocalDate date) {
        return new AsOfView(this, date);
    }
}
