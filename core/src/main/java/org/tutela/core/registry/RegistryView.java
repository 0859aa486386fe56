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

    default <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return referencing(id).stream().filter(type::isInstance).map(type::cast).toList();
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
