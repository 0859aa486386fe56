package org.tutela.app.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.StateIncidents;
import org.tutela.storage.registry.RecordScope;
import org.tutela.storage.registry.ScopedIncidents;
import org.tutela.storage.security.RecordCompartments;

/**
 * A registry view restricted to the records of one compartment, or to the records of none (the pool of
 * unassigned records that only the command line works on). It is how the server computes derived data
 * as its owner may see: a stored request's screenings read the registry through the view of the
 * request's own compartment. Reads are not audited one by one: this is the server's own computation, and
 * what it derives is audited when someone reads it. Compartments looked up are kept for the view's
 * lifetime (one screening), so that a screening asks the database once per record.
 */
public final class CompartmentView implements RegistryView {
    private final RegistryView registry;
    private final RecordCompartments compartments;
    private final Optional<String> compartment;
    private final Map<RecordId, Optional<String>> known = new HashMap<>();

    public CompartmentView(RegistryView registry, RecordCompartments compartments, Optional<String> compartment) {
        this.registry = Objects.requireNonNull(registry);
        this.compartments = Objects.requireNonNull(compartments);
        this.compartment = Objects.requireNonNull(compartment);
    }

    /** The view of the compartment {@code record} belongs to (the unassigned pool when it has none). */
    public static CompartmentView ownerOf(RecordId record, RegistryView registry, RecordCompartments compartments) {
        return new CompartmentView(registry, compartments, compartments.of(record.value()));
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        return registry.get(id).filter(r -> inside(List.of(r)).size() == 1);
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return inside(registry.all(type));
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return get(id).isPresent() ? inside(registry.referencing(id)) : List.of();
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return get(id).isPresent() ? inside(registry.referencing(id, type)) : List.of();
    }

    /** By key from the registry's index, then kept if inside: never every record of the kind. */
    @Override
    public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, Collection<RecordKey> keys) {
        return inside(registry.withAnyKey(type, keys));
    }

    /** Counted in the database within this view's compartment when the registry is there (now or as recorded by an instant); read and kept otherwise. */
    @Override
    public StateIncidents.Tally incidents(StateIncidents query) {
        if (registry instanceof ScopedIncidents database) {
            return database.incidents(query, compartment.map(c -> RecordScope.within(List.of(c))).orElse(RecordScope.UNASSIGNED));
        }
        return RegistryView.super.incidents(query);
    }

    private synchronized <T extends RegistryRecord> List<T> inside(List<T> records) {
        List<String> unknown = records.stream().map(RegistryRecord::id).filter(id -> !known.containsKey(id))
                .map(RecordId::value).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<String, String> homes = compartments.of(unknown);
            unknown.forEach(id -> known.put(RecordId.of(id), Optional.ofNullable(homes.get(id))));
        }
        return records.stream().filter(r -> known.get(r.id()).equals(compartment)).toList();
    }
}
