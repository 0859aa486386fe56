package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A view that hides what had not come to be by a date: records whose valid time surely starts later, and
 * events surely dated later (an event "in 2013" may have come by 1 July 2013, and is kept; the flags
 * ask whether it surely did). Records with no date at all (a person, an organisation) and sources stay visible.
 */
final class AsOfView implements RegistryView {
    private final RegistryView registry;
    private final LocalDate date;

    AsOfView(RegistryView registry, LocalDate date) {
        this.registry = registry;
        this.date = date;
    }

    private boolean visible(RegistryRecord record) {
        return shows(record, date);
    }

    /** True when a view as of {@code date} shows {@code record}: the one rule, for views and for questions asked of a database. */
    static boolean shows(RegistryRecord record, LocalDate date) {
        if (record instanceof Source) {
            // a source is the document a fact is read from, not a fact: a report of 2024 may attest a
            // refugee status of 2013, and the status is what counts as of a date
            return true;
        }
        return record.provenance().knownBy(date) && record.eventDate().map(d -> d.possiblyBy(date)).orElse(true);
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return registry.get(id).filter(this::visible);
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return registry.all(type).stream().filter(this::visible).toList();
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return registry.referencing(id).stream().filter(this::visible).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return registry.referencing(id, type).stream().filter(this::visible).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, java.util.Collection<RecordKey> keys) {
        return registry.withAnyKey(type, keys).stream().filter(this::visible).toList();
    }

    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        return registry.incidents(query.asOf(date));
    }

    @Override
    public RegistryView asOf(LocalDate other) {
        return new AsOfView(registry, other.isBefore(date) ? other : date);
    }
}
