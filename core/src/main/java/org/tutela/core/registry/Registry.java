package org.tutela.core.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The registry's port: what any storage must do. Writes are append-only revisions; a batch is all or
 * nothing; every write checks that the records it references exist.
 */
public interface Registry extends RegistryView {

    /** Creates the record, or adds a new revision of it. */
    default Revision save(RegistryRecord record, Change change) {
        return saveAll(List.of(record), change).get(0);
    }

    /** Saves a new revision only if the current one is {@code expectedRevision} (0 for a new record). */
    Revision save(RegistryRecord record, int expectedRevision, Change change);

    /** Saves all records in one transaction: all of them, or none, with references checked across the batch. */
    List<Revision> saveAll(List<? extends RegistryRecord> records, Change change);

    /** Marks a record as withdrawn with a new, empty revision; its history stays readable. */
    Revision retract(RecordId id, Change change);

    /** Every revision of a record, oldest first. */
    List<Revision> history(RecordId id);

    /** The record as the registry held it at {@code at} (transaction time). */
    Optional<RegistryRecord> asRecordedAt(RecordId id, Instant at);

    /**
     * The whole registry as it had been recorded by {@code at} (transaction time): each record in its
     * latest revision recorded by then, none recorded later, none retracted by then. What "as known on a
     * day" reads; {@link #asOf} on top of it keeps only what was also valid on the day.
     */
    RegistryView asRecordedAt(Instant at);

    /** The instant that closes {@code day} (UTC): what had been recorded by the end of that day. */
    static Instant endOf(java.time.LocalDate day) {
        return day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(1, java.time.temporal.ChronoUnit.MICROS);
    }

    /** Records matching a query, ordered by id. */
    List<RegistryRecord> find(RecordQuery query);

    long count(Optional<RecordKind> kind);

    /** Called after each committed write, in commit order. */
    void onChange(RegistryListener listener);

    @FunctionalInterface
    interface RegistryListener {
        void committed(List<Revision> revisions);
    }
}
