package org.tutela.core.federation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Another installation this one exchanges bulletins with: its id (as both sides spell it), its name, where it
 * listens (absent for an office reached only by bundle files), its keys (old ones stay, revoked or not, so that
 * what they signed can still be told apart) and the sharing groups it belongs to.
 */
public record Partner(String id, String name, Optional<URI> endpoint, List<Key> keys, Set<String> groups) {

    /** One of the partner's public keys; a revoked key verifies nothing from its revocation on. */
    public record Key(PublicKeyText key, Instant added, Optional<Instant> revoked) {
        public Key {
            Texts.value("publicKey", key);
            Texts.value("added", added);
            revoked = Texts.optionalValue(revoked);
        }

        public String id() {
            return key.id();
        }

        public boolean revokedBy(Instant when) {
            return revoked.map(r -> !r.isAfter(when)).orElse(false);
        }
    }

    public Partner {
        id = Texts.slug("partner", id);
        name = Texts.required("name", name);
        endpoint = Texts.optionalValue(endpoint);
        if (endpoint.isPresent() && !"https".equals(endpoint.get().getScheme())) {
            throw new FederationInputException("endpoint", "federation.endpoint.not-https", endpoint.get());
        }
        keys = keys == null ? List.of() : List.copyOf(keys);
        TreeSet<String> named = new TreeSet<>();
        for (String g : groups == null ? Set.<String>of() : groups) {
            named.add(SharingRules.groupName(g));
        }
        groups = Set.copyOf(named);
    }

    public Optional<Key> key(String keyId) {
        return keys.stream().filter(k -> k.id().equals(keyId)).findFirst();
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
