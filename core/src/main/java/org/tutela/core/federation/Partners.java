package org.tutela.core.federation;

import java.util.List;
import java.util.Optional;

/** The registry of partners and their keys, as this installation knows them at one moment. */
public record Partners(List<Partner> all) {

    /** A key and the partner it belongs to. */
    public record Holder(Partner partner, Partner.Key key) {
    }

    public Partners {
        all = all == null ? List.of() : List.copyOf(all);
    }

    public Optional<Partner> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Holder> holderOf(String keyId) {
        for (Partner p : all) {
            Optional<Partner.Key> key = p.key(keyId);
            if (key.isPresent()) {
                return Optional.of(new Holder(p, key.get()));
            }
        }
        return Optional.empty();
    }

    /** The partners a bulletin with this distribution goes to. */
    public List<Partner> reachedBy(Distribution distribution) {
        if (distribution instanceof Distribution.Group g) {
            return all.stream().filter(p -> p.inGroup(g.name())).toList();
        }
        return distribution instanceof Distribution.AllPartners ? all : List.of();
    }
}
