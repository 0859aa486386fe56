package org.tutela.core.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The bounds every field of a bulletin keeps, so that a partner's bulletin cannot carry more than a field needs. */
final class Texts {
    static final int MAX_TEXT = 2_000;
    static final int MAX_ITEMS = 50;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

    private Texts() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FederationInputException(field, "federation.required");
        }
        return bounded(field, value.strip());
    }

    static Optional<String> optional(String field, Optional<String> value) {
        if (value == null) {
            return Optional.empty();
        }
        return value.map(String::strip).filter(v -> !v.isEmpty()).map(v -> bounded(field, v));
    }

    static List<String> list(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            throw new FederationInputException(field, "federation.too-many", values.size(), MAX_ITEMS);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(required(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(out);
    }

    static <T> Optional<T> optionalValue(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> T value(String field, T value) {
        if (value == null) {
            throw new FederationInputException(field, "federation.required");
        }
        return value;
    }

    /** Partner ids and group names: lower-case letters, digits, dots and hyphens, as they appear in URLs and file names. */
    static String slug(String field, String value) {
        String v = required(field, value);
        if (!SLUG.matcher(v).matches()) {
            throw new FederationInputException(field, "federation.name.invalid", v);
        }
        return v;
    }

    private static String bounded(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw new FederationInputException(field, "federation.too-long", value.length(), MAX_TEXT);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new FederationInputException(field, "federation.control-character");
        }
        return value;
    }
}
