package org.tutela.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tutela.storage.security.Account;
import org.tutela.storage.security.AccountStore;
import org.tutela.storage.security.StoredToken;
import org.tutela.storage.security.TokenStore;

/**
 * Access tokens for API clients, so that a call costs a SHA-256 rather than the Argon2id of a login.
 * A token is 256 random bits shown once; only its hash is stored. It acts with a role and compartments
 * chosen at creation, but never with more than its owner has at the moment of use: a role or compartment
 * taken from the owner is taken from the token, a disabled owner's tokens are dead. Every creation,
 * revocation, use and refusal goes to the audit log.
 */
public final class ApiTokens {
    public static final String PREFIX = "tutela_";
    public static final Duration DEFAULT_LIFE = Duration.ofDays(30);
    public static final Duration LONGEST_LIFE = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore tokens;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiTokens(TokenStore tokens, AccountStore accounts, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token: {@code secret} is the bearer value, shown this once and kept nowhere. */
    public record Issued(String secret, StoredToken token) {
        @Override
        public String toString() {
            return "Issued[" + token.id() + "]";
        }
    }

    /** What a token may do in this request: the owner's name, the role and compartments in force now. */
    public record Grant(String tokenId, String owner, Role role, Set<String> compartments, int sessionEpoch) {
        public Grant {
            compartments = Set.copyOf(compartments);
        }
    }

    /**
     * Creates a token for {@code owner}. {@code role} empty means the owner's role; {@code compartments}
     * empty means all the owner's compartments now. Both must be within what the owner has.
     */
    public Issued create(String owner, Optional<Role> role, Set<String> compartments, Duration life, String label, String by) {
        Account account = accounts.find(owner).orElseThrow(() -> new IllegalArgumentException("no user named '" + owner + "'"));
        if (account.disabled()) {
            throw new IllegalArgumentException(SecurityMessages.get("token.ownerDisabled", owner));
        }
        Role ownerRole = Role.parse(account.role());
        Role chosen = role.orElse(ownerRole);
        if (!covers(ownerRole, chosen)) {
            throw new IllegalArgumentException(SecurityMessages.get("token.roleTooWide", owner, ownerRole, chosen));
        }
        Set<String> scope = compartments.isEmpty() ? account.compartments() : new TreeSet<>(compartments);
        Set<String> outside = new TreeSet<>(scope);
        outside.removeAll(account.compartments());
        if (!outside.isEmpty()) {
            throw new IllegalArgumentException(SecurityMessages.get("token.compartmentsOutside", owner, outside));
        }
        if (life.isNegative() || life.isZero() || life.compareTo(LONGEST_LIFE) > 0) {
            throw new IllegalArgumentException(SecurityMessages.get("token.life", LONGEST_LIFE.toDays()));
        }
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.length() > 200 || cleanLabel.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(SecurityMessages.get("token.label"));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] idBytes = new byte[8];
        RANDOM.nextBytes(idBytes);
        Instant now = clock.instant();
        StoredToken token = new StoredToken("tok-" + HexFormat.of().formatHex(idBytes), owner, chosen.name(), scope, cleanLabel, now,
                now.plus(life), Optional.empty());
        tokens.create(token, Accounts.sha256(secret));
        audit.record(by, AuditTrail.ACCOUNT, owner, "", AuditTrail.ALLOWED, "access token " + token.id() + " created: role " + chosen
                + ", compartments " + scope + ", expires " + token.expiresAt() + (cleanLabel.isEmpty() ? "" : ", label '" + cleanLabel + "'"));
        return new Issued(secret, token);
    }

    public List<StoredToken> of(String owner) {
        return tokens.ofOwner(owner);
    }

    /** Revokes a token of {@code owner} (or of anyone, when {@code owner} is empty: the command line). */
    public void revoke(Optional<String> owner, String id, String by) {
        StoredToken token = tokens.find(id).filter(t -> owner.isEmpty() || owner.get().equals(t.owner()))
                .orElseThrow(() -> new IllegalArgumentException(SecurityMessages.get("token.none", id)));
        if (!tokens.revoke(id, clock.instant())) {
            throw new IllegalArgumentException(SecurityMessages.get("token.revokedAlready", id));
        }
        audit.record(by, AuditTrail.ACCOUNT, token.owner(), "", AuditTrail.ALLOWED, "access token " + id + " revoked");
    }

    /**
     * Checks a bearer value: found by its hash, live, its owner enabled, and cut down to what the owner has
     * now. Every use and every refusal is audited (the value itself never is).
     */
    public Optional<Grant> authenticate(String secret, String client, String request) {
        Instant now = clock.instant();
        Optional<StoredToken> found = secret == null || !secret.startsWith(PREFIX) || secret.length() > 100
                ? Optional.empty() : tokens.findByHash(Accounts.sha256(secret));
        if (found.isEmpty()) {
            audit.record("", AuditTrail.LOGIN, "", "", AuditTrail.DENIED, "unknown access token from " + client + " for " + request);
            return Optional.empty();
        }
        StoredToken token = found.get();
        Optional<Account> owner = accounts.find(token.owner());
        String why = !token.liveAt(now) ? (token.revokedAt().isPresent() ? "revoked" : "expired")
                : owner.isEmpty() ? "owner removed" : owner.get().disabled() ? "owner disabled" : "";
        Optional<Role> role = owner.flatMap(o -> effectiveRole(Role.parse(token.role()), Role.parse(o.role())));
        if (why.isEmpty() && role.isEmpty()) {
            why = "owner's role " + owner.get().role() + " no longer covers the token's role " + token.role();
        }
        if (!why.isEmpty()) {
            audit.record(token.owner(), AuditTrail.LOGIN, token.owner(), "", AuditTrail.DENIED,
                    "access token " + token.id() + " refused (" + why + ") from " + client + " for " + request);
            return Optional.empty();
        }
        Set<String> compartments = new TreeSet<>(token.compartments());
        compartments.retainAll(owner.get().compartments());
        audit.record(token.owner(), AuditTrail.LOGIN, token.owner(), "", AuditTrail.ALLOWED,
                "access token " + token.id() + " used from " + client + " for " + request);
        return Optional.of(new Grant(token.id(), token.owner(), role.get(), compartments, owner.get().sessionEpoch()));
    }

    /**
     * The role a token acts with: its own while the owner's role covers it; the owner's when the owner was
     * moved to a role with fewer rights (the token shrinks with its owner); none when the two roles are
     * not comparable (no role has exactly their common rights, so the token is refused rather than widened).
     */
    static Optional<Role> effectiveRole(Role token, Role owner) {
        if (covers(owner, token)) {
            return Optional.of(token);
        }
        if (covers(token, owner)) {
            return Optional.of(owner);
        }
        return Optional.empty();
    }

    /** Whether {@code wider} allows all that {@code narrower} does; having to state a purpose is a restriction. */
    static boolean covers(Role wider, Role narrower) {
        return wider.capabilities().containsAll(narrower.capabilities()) && (!wider.requiresPurpose() || narrower.requiresPurpose());
    }
}
