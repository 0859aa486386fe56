package org.tutela.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, in-memory set of records readable as a registry: a request being screened before it is
 * stored, a file being checked before it is imported, a fixture.
 */
public final class RecordSet implements RegistryView {
    private final Map<RecordId, RegistryRecord> byId;
    private final Map<RecordId, List<RegistryRecord>> inbound;

    private RecordSet(Map<RecordId, RegistryRecord> byId) {
        this.byId = byId;
        this.inbound = new HashMap<>();
        for (RegistryRecord r : byId.values()) {
            for (RecordId ref : r.referencedIds()) {
                inbound.computeIfAbsent(ref, k -> new ArrayList<>()).add(r);
            }
        }
    }

    public static RecordSet of(Collection<? extends RegistryRecord> records) {
        Map<RecordId, RegistryRecord> map = new LinkedHashMap<>();
        for (RegistryRecord r : records) {
            map.put(r.id(), r);
        }
        return new RecordSet(map);
    }

    /** This set with {@code more} added (or replacing records of the same id). */
    public RecordSet with(Collection<? extends RegistryRecord> more) {
        Map<RecordId, RegistryRecord> map = new LinkedHashMap<>(byId);
        more.forEach(r -> map.put(r.id(), r));
        return new RecordSet(map);
    }

    public Collection<RegistryRecord> records() {
        return List.copyOf(byId.values());
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return byId.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return List.copyOf(inbound.getOrDefault(id, List.of()));
    }
}
