package org.tutela.storage.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An API access token as stored: its public id (shown in lists, used to revoke), the owner, the role and
 * compartments it was given, and its life. The token itself is never stored, only its SHA-256.
 */
public record StoredToken(String id, String owner, String role, Set<String> compartments, String label, Instant createdAt,
                          Instant expiresAt, Optional<Instant> revokedAt) {
    public StoredToken {
        compartments = Set.copyOf(compartments);
        revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
    }

    public boolean liveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
