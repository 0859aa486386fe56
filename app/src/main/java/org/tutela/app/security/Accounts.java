package org.tutela.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.tutela.storage.security.Account;
import org.tutela.storage.security.AccountStore;

/**
 * User accounts: creation with an Argon2id password hash, roles, compartments, the second factor, and
 * the login check with its lockout. Used by the command line and by the web server alike.
 */
public final class Accounts {
    /** Failures allowed before the account is locked; every further failure doubles the lock. */
    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final int RECOVERY_CODES = 10;
    private static final String NAME = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore store;
    private final AuditTrail audit;
    private final Clock clock;
    // Spring Security's current recommended parameters: Argon2id, 16 MiB, 2 iterations, 16-byte salt
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private volatile String decoy;

    public Accounts(AccountStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of a login attempt; a refusal carries the reason for the audit log, never for the caller. */
    public sealed interface Login {
        record Accepted(Account account) implements Login {
        }

        record Refused(String reason) implements Login {
        }
    }

    /** A freshly enrolled second factor: shown once, stored only as a secret and hashes. */
    public record SecondFactor(String secret, String uri, List<String> recoveryCodes) {
    }

    public void add(String name, char[] password, Role role, Collection<String> compartments, String by) {
        checkName("user name", name);
        compartments.forEach(c -> checkName("compartment", c));
        String hash = argon2.encode(checkedPassword(name, password));
        store.create(name, hash, role.name(), compartments);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "created with role " + role + " in " + compartments);
    }

    public List<Account> list() {
        return store.all();
    }

    public Optional<Account> find(String name) {
        return store.find(name);
    }

    public boolean any() {
        return store.any();
    }

    public void setRole(String name, Role role, String by) {
        store.setRole(name, role.name());
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "role set to " + role);
    }

    public void grant(String name, String compartment, String by) {
        checkName("compartment", compartment);
        store.grant(name, compartment);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "added to compartment " + compartment);
    }

    public void revoke(String name, String compartment, String by) {
        store.revoke(name, compartment);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "removed from compartment " + compartment);
    }

    public void setPassword(String name, char[] password, String by) {
        store.setPassword(name, argon2.encode(checkedPassword(name, password)));
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "password changed; sessions ended");
    }

    /**
     * A user changing their own password: the current one must be right (a stolen session alone cannot take
     * the account over). False, and an audit entry, if it is wrong; the new one must pass the policy.
     */
    public boolean changeOwnPassword(String name, char[] current, char[] password) {
        Account account = store.find(name).orElseThrow(() -> new IllegalArgumentException("no user named '" + name + "'"));
        Instant now = clock.instant();
        // a wrong current password counts towards the lockout like a failed login: a stolen session must
        // not become a way to guess the password without limit
        if (account.lockedAt(now) || !argon2.matches(new String(current), account.passwordHash())) {
            failed(account, now, "the account page", "password change refused: wrong current password");
            return false;
        }
        setPassword(name, password, name);
        return true;
    }

    /** A disabled account cannot log in; its sessions end and its access tokens stop working. */
    public void setDisabled(String name, boolean disabled, String by) {
        store.setDisabled(name, disabled);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, disabled ? "disabled; sessions ended" : "enabled");
    }

    /** Logs the user out everywhere: every session opened so far is refused on its next request. */
    public void endSessions(String name, String by) {
        store.endSessions(name);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "logged out everywhere");
    }

    public void unlock(String name, String by) {
        store.find(name).orElseThrow(() -> new IllegalArgumentException("no user named '" + name + "'"));
        store.recordSuccess(name);
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "unlocked");
    }

    /** Enrols (or replaces) the TOTP second factor and issues fresh recovery codes. */
    public SecondFactor enrolSecondFactor(String name, String by) {
        String secret = Totp.newSecret();
        List<String> codes = recoveryCodes();
        store.enrolSecondFactor(name, secret, codes.stream().map(Accounts::sha256).toList());
        audit.record(by, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "second factor enrolled; recovery codes issued");
        return new SecondFactor(secret, Totp.uri("Tutela", name, secret), codes);
    }

    /** A fresh TOTP secret for an enrolment that the user confirms with a first code (see {@link #confirmSecondFactor}). */
    public static String newSecondFactorSecret() {
        return Totp.newSecret();
    }

    public static String secondFactorUri(String name, String secret) {
        return Totp.uri("Tutela", name, secret);
    }

    /**
     * Completes an enrolment begun on a page: the first code proves the app holds {@code secret}; only then
     * does it replace any earlier factor, with fresh recovery codes. Empty if the code is wrong. The code's
     * time step is taken, so the confirming code cannot log in afterwards.
     */
    public Optional<SecondFactor> confirmSecondFactor(String name, String secret, String code) {
        java.util.OptionalLong step = Totp.matchingStep(secret, code == null ? "" : code.strip(), clock.instant());
        if (step.isEmpty()) {
            audit.record(name, AuditTrail.ACCOUNT, name, "", AuditTrail.DENIED, "second factor not enrolled: wrong confirmation code");
            return Optional.empty();
        }
        List<String> codes = recoveryCodes();
        store.enrolSecondFactor(name, secret, codes.stream().map(Accounts::sha256).toList());
        store.takeTotpStep(name, step.getAsLong());
        audit.record(name, AuditTrail.ACCOUNT, name, "", AuditTrail.ALLOWED, "second factor enrolled on the account page; recovery codes issued");
        return Optional.of(new SecondFactor(secret, secondFactorUri(name, secret), codes));
    }

    /**
     * Checks a login. Every refusal looks the same to the caller (the web layer says only "refused") and
     * costs the same Argon2 work whether the user exists or not. A locked account is refused without
     * looking at the password, so guessing during a lock learns nothing.
     */
    public Login login(String name, String password, Optional<String> code, String client) {
        Instant now = clock.instant();
        Optional<Account> found = name == null ? Optional.empty() : store.find(name);
        if (found.isEmpty()) {
            argon2.matches(password == null ? "" : password, decoy());
            return refused(name, client, "no such user");
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            argon2.matches(password == null ? "" : password, decoy());
            return refused(name, client, "locked until " + account.lockedUntil().orElseThrow());
        }
        if (password == null || !argon2.matches(password, account.passwordHash())) {
            return failed(account, now, client, "wrong password");
        }
        if (account.disabled()) {
            return refused(name, client, "account disabled");
        }
        if (account.totpSecret().isPresent()) {
            String given = code.map(String::strip).orElse("");
            boolean ok;
            if (given.matches("\\d{6}")) {
                java.util.OptionalLong step = Totp.matchingStep(account.totpSecret().get(), given, now);
                if (step.isPresent() && !store.takeTotpStep(account.name(), step.getAsLong())) {
                    // right code, but its time step (or a later one) was used already: a replayed code
                    return failed(account, now, client, "second factor code already used");
                }
                ok = step.isPresent();
            } else {
                ok = !given.isEmpty() && store.useRecoveryCode(account.name(), sha256(given.toLowerCase()));
            }
            if (!ok) {
                return failed(account, now, client, given.isEmpty() ? "second factor missing" : "wrong second factor");
            }
            if (!given.matches("\\d{6}")) {
                audit.record(account.name(), AuditTrail.LOGIN, account.name(), "", AuditTrail.ALLOWED, "recovery code used from " + client);
            }
        }
        store.recordSuccess(account.name());
        audit.record(account.name(), AuditTrail.LOGIN, account.name(), "", AuditTrail.ALLOWED, "from " + client);
        return new Login.Accepted(store.find(account.name()).orElseThrow());
    }

    private static List<String> recoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        return codes;
    }

    private Login failed(Account account, Instant now, String client, String reason) {
        int failures = account.failedAttempts() + 1;
        Optional<Instant> lock = Optional.empty();
        if (failures >= FREE_ATTEMPTS) {
            long factor = 1L << Math.min(20, failures - FREE_ATTEMPTS);
            Duration length = FIRST_LOCK.multipliedBy(factor);
            lock = Optional.of(now.plus(length.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : length));
        }
        store.recordFailure(account.name(), failures, lock);
        return refused(account.name(), client, reason + " (failure " + failures + lock.map(l -> "; locked until " + l).orElse("") + ")");
    }

    private Login refused(String name, String client, String reason) {
        audit.record(name == null ? "" : name, AuditTrail.LOGIN, name == null ? "" : name, "", AuditTrail.DENIED, reason + " from " + client);
        return new Login.Refused(reason);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = argon2.encode("a password nobody has " + RANDOM.nextLong());
        }
        return decoy;
    }

    /** The password as a string once it passes {@link PasswordPolicy} (throws its refusal otherwise). */
    private static String checkedPassword(String name, char[] password) {
        String text = password == null ? "" : new String(password);
        PasswordPolicy.standard().check(name, text);
        return text;
    }

    static void checkName(String what, String name) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid " + what
                    + ": use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** Recovery codes carry 60 random bits, so a fast hash is enough to store them. */
    private static String recoveryCode() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
