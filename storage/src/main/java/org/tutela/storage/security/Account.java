package org.tutela.storage.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A user account as stored: the Argon2id hash of the password (never the password), the role's name,
 * the Base32 TOTP secret once a second factor is enrolled, the failed-login count and lock, the session
 * epoch (sessions opened under an older one are void), the compartments the user belongs to, the
 * last TOTP time step accepted (0 before the first) and whether the account is disabled.
 */
public record Account(String name, String passwordHash, String role, Optional<String> totpSecret, int failedAttempts,
                      Optional<Instant> lockedUntil, int sessionEpoch, Set<String> compartments, Instant createdAt,
                      long totpLastStep, boolean disabled) {
    public Account {
        totpSecret = totpSecret == null ? Optional.empty() : totpSecret;
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    @Override
    public String toString() {
        // never print the hash or the secret into a log
        return "Account[" + name + ", " + role + ", compartments=" + compartments + "]";
    }
}
