package org.tutela.app.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tutela.core.registry.RecordId;
import org.tutela.storage.security.RecordCompartments;

/**
 * Which records one caller may see, asked without reading them: for showing derived data (a stored
 * report, an alert, a hit list) as its viewer may see it. The same rule as {@link CompartmentRegistry}
 * (a record is visible when its compartment is one of the caller's); it writes nothing to the audit log,
 * since asking is not reading; the derived data shown is audited where it is read.
 */
public final class Visibility {
    private final RecordCompartments compartments;
    private final Supplier<Optional<Caller>> caller;

    public Visibility(RecordCompartments compartments, Supplier<Optional<Caller>> caller) {
        this.compartments = compartments;
        this.caller = caller;
    }

    public boolean sees(RecordId id) {
        return seen(Set.of(id)).contains(id);
    }

    /** The ones among {@code ids} the caller may see. */
    public Set<RecordId> seen(Collection<RecordId> ids) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty() || who.get().compartments().isEmpty() || ids.isEmpty()) {
            return Set.of();
        }
        Map<String, String> homes = compartments.of(ids.stream().map(RecordId::value).distinct().toList());
        return ids.stream().filter(id -> {
            String home = homes.get(id.value());
            return home != null && who.get().compartments().contains(home);
        }).collect(Collectors.toUnmodifiableSet());
    }
}
