package org.tutela.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a new password must be, after NIST SP 800-63B rev. 4, section 3.1.1.2: long enough, not on a list
 * of common or breached passwords, not built from the user name, and nothing else (no composition rules:
 * every printable character and the space are allowed, any Unicode letter too).
 *
 * <p>Minimum 15 characters: rev. 4 requires 15 for a password that may be the only factor and allows 8
 * only where it is always used with a second factor. Tutela's second factor is optional per account, so
 * any password may be the only factor. Maximum 256 (rev. 4: at least 64). Length counts Unicode code
 * points, as rev. 4 says. The list is {@code passwords/common-passwords.txt.gz} (provenance and licences
 * in the README beside it).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 256;
    private static final String LIST = "passwords/common-passwords.txt.gz";

    /** One rule a password must pass; {@code id} names it in the refusal, for tests and logs. */
    interface Rule {
        String id();

        /** The message key and its arguments when the password breaks the rule. */
        Optional<Refusal> check(String name, String password);
    }

    record Refusal(String key, Object... arguments) {
    }

    /** A refused password, with the reason in the user's words (from the security bundle). */
    public static final class RejectedPasswordException extends IllegalArgumentException {
        private final String rule;

        RejectedPasswordException(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    record Length() implements Rule {
        public String id() {
            return "length";
        }

        public Optional<Refusal> check(String name, String password) {
            int length = password.codePointCount(0, password.length());
            if (length < MIN_LENGTH) {
                return Optional.of(new Refusal("password.tooShort", MIN_LENGTH, length));
            }
            return length > MAX_LENGTH ? Optional.of(new Refusal("password.tooLong", MAX_LENGTH, length)) : Optional.empty();
        }
    }

    /** Control characters cannot be typed reliably and would make a password one cannot enter again; not a composition rule. */
    record Printable() implements Rule {
        public String id() {
            return "printable";
        }

        public Optional<Refusal> check(String name, String password) {
            return password.codePoints().anyMatch(Character::isISOControl) ? Optional.of(new Refusal("password.control")) : Optional.empty();
        }
    }

    /** On the list, ignoring case and spaces; a password that is one listed word repeated counts as listed. */
    record NotCommon(Set<String> list) implements Rule {
        public String id() {
            return "common";
        }

        public Optional<Refusal> check(String name, String password) {
            String lower = password.strip().toLowerCase(Locale.ROOT);
            String unit = lower.substring(0, period(lower));
            boolean listed = list.contains(lower) || list.contains(lower.replace(" ", "")) || list.contains(unit);
            return listed ? Optional.of(new Refusal("password.common")) : Optional.empty();
        }
    }

    /** Context-specific words (800-63B): the user's own name, and the product's name with little else. */
    record NotTheUserName() implements Rule {
        public String id() {
            return "context";
        }

        public Optional<Refusal> check(String name, String password) {
            String lower = password.toLowerCase(Locale.ROOT);
            boolean hasName = name != null && name.length() >= 3 && lower.contains(name.toLowerCase(Locale.ROOT));
            String rest = lower.replace("tutela", "").replace(" ", "");
            boolean product = !rest.equals(lower.replace(" ", "")) && rest.codePointCount(0, rest.length()) < 8;
            return hasName || product ? Optional.of(new Refusal("password.context")) : Optional.empty();
        }
    }

    /** "aaaaaaaaaaaaaaa", "abcabcabcabcabc": a sequence of fewer than 8 characters repeated (800-63B's "repetitive"). */
    record NotRepetitive() implements Rule {
        public String id() {
            return "repetitive";
        }

        public Optional<Refusal> check(String name, String password) {
            int period = period(password);
            return period < password.length() && period < 8 ? Optional.of(new Refusal("password.repetitive")) : Optional.empty();
        }
    }

    /** The length of the shortest unit that the text repeats whole (the text's own length if none). */
    static int period(String text) {
        return text.isEmpty() ? 0 : (text + text).indexOf(text, 1);
    }

    private static volatile PasswordPolicy standard;
    private final List<Rule> rules;

    PasswordPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The product's policy, with the shipped list (read once). */
    public static PasswordPolicy standard() {
        if (standard == null) {
            standard = new PasswordPolicy(List.of(new Length(), new Printable(), new NotTheUserName(), new NotRepetitive(),
                    new NotCommon(shippedList())));
        }
        return standard;
    }

    /** Throws {@link RejectedPasswordException} naming the first rule the password breaks. */
    public void check(String name, String password) {
        for (Rule rule : rules) {
            Optional<Refusal> refusal = rule.check(name, password);
            if (refusal.isPresent()) {
                throw new RejectedPasswordException(rule.id(), message(refusal.get()));
            }
        }
    }

    static String message(Refusal refusal) {
        return SecurityMessages.get(refusal.key(), refusal.arguments());
    }

    static Set<String> shippedList() {
        Set<String> list = new HashSet<>(80_000);
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (raw == null) {
                throw new IllegalStateException("the list of common passwords " + LIST + " is missing from the build");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isEmpty()) {
                        list.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the list of common passwords: " + e.getMessage(), e);
        }
        return Set.copyOf(list);
    }
}
