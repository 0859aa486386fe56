package org.tutela.core.registry;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Gathers the ids a record points to, the sources of its provenance included. */
final class References {
    private final Set<RecordId> ids = new LinkedHashSet<>();

    private References() {
    }

    static Set<RecordId> of(Provenance provenance, Object... parts) {
        References refs = new References();
        provenance.citations().forEach(c -> refs.ids.add(c.source()));
        for (Object part : parts) {
            refs.add(part);
        }
        return Set.copyOf(refs.ids);
    }

    private void add(Object part) {
        if (part instanceof RecordId id) {
            ids.add(id);
        } else if (part instanceof Optional<?> opt) {
            opt.ifPresent(this::add);
        } else if (part instanceof Collection<?> many) {
            many.forEach(this::add);
        }
    }
}
