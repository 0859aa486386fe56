package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registry seen with some records laid over it: a request being screened before it is stored, with
 * the facts that came with it. Records of the overlay replace the registry's records of the same id.
 */
final class Overlay implements RegistryView {
    private final RegistryView base;
    private final RecordSet top;

    Overlay(RegistryView base, Collection<? extends RegistryRecord> records) {
        this.base = base;
        this.top = RecordSet.of(records);
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return top.get(id).or(() -> base.get(id));
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return merge(base.all(type), top.all(type));
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return merge(base.referencing(id), top.referencing(id)).stream()
                .filter(r -> r.referencedIds().contains(id)).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return merge(base.referencing(id, type), top.referencing(id, type)).stream()
                .filter(r -> top.get(r.id()).orElse(r).referencedIds().contains(id)).toList();
    }

    @Override
    public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, Collection<RecordKey> keys) {
        // the overlay's version of a record decides whether it has the key, not the registry's
        return merge(base.withAnyKey(type, keys), top.withAnyKey(type, keys)).stream()
                .filter(r -> RecordKey.of(top.get(r.id()).orElse(r)).stream().anyMatch(keys::contains)).toList();
    }

    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        // the registry answers for its records but those the overlay replaces; the overlay for its own
        Set<RecordId> replaced = new HashSet<>();
        top.records().forEach(r -> replaced.add(r.id()));
        StateIncidents.Tally below = base.incidents(query.except(replaced));
        return below.plus(query.answer(top.all(Incident.class)), query.latest());
    }

    private <T extends RegistryRecord> List<T> merge(List<T> below, List<T> above) {
        Map<RecordId, T> byId = new LinkedHashMap<>();
        below.forEach(r -> byId.put(r.id(), r));
        // a record of the overlay replaces the registry's, which may no longer point where it did
        above.forEach(r -> byId.put(r.id(), r));
        return List.copyOf(byId.values());
    }

    @Override
    public RegistryView asOf(LocalDate date) {
        return new AsOfView(this, date);
    }
}
