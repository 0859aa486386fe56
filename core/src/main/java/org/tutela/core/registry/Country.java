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

    public String name() {
        return "XK".equals(code) ? "Kosovo" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
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
