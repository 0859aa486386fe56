package org.tutela.core.registry;

import java.util.Locale;
import java.util.Set;

/**
 * A state, by its ISO 3166-1 alpha-2 code. States are values, not records: the bodies that act for a
 * state (ministries, courts, prosecutors) are {@link Organisation}s.
 */
public record Country(String code) implements Comparable<Country> {
    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    /** Kosovo has a user-assigned code in wide official use (INTERPOL, EU). */
    private static final Set<String> EXTRA = Set.of("XK");

    public Country {
        if (code == null) {
            throw InvalidRecordException.of("state", "problem.required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code) && !EXTRA.contains(code)) {
            throw InvalidRecordException.of("state", "problem.state-code", code);
        }
    }

    public static Country of(String code) {
        return new Country(code);
    }

    public static boolean isKnown(String code) {
        return code != null && (CODES.contains(code.strip().toUpperCase(Locale.ROOT)) || EXTRA.contains(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The state's name in English, for logs and readers that have no language. */
    public String name() {
        return name(Locale.ENGLISH);
    }

    /**
     * The state's name in {@code locale}'s language ("Belgique", "Бельгия"). A name is data, not prose: it comes
     * from the CLDR locale data the JDK carries, not from Tutela's bundles; ICU4J's copy of the same data answers
     * for a code the JDK has no name for (a user-assigned code such as XK on an older JDK), and the code itself
     * is the last resort. A locale without a language reads English.
     */
    public String name(Locale locale) {
        Locale in = locale == null || locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
        String named = new Locale("", code).getDisplayCountry(in);
        if (named.isEmpty() || named.equals(code)) {
            named = com.ibm.icu.util.ULocale.getDisplayCountry("und_" + code, com.ibm.icu.util.ULocale.forLocale(in));
        }
        return named.isEmpty() ? code : named;
    }

    @Override
    public int compareTo(Country o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
