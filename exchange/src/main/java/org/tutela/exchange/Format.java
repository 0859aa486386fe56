package org.tutela.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats Tutela reads and writes, one record or entity per line. */
public enum Format {
    /** Tutela's own form: each line a record as {@code RecordJson} writes it, with its {@code "kind"}. */
    TUTELA_JSONL("tutela"),
    /** FollowTheMoney entities ({@code {"id", "schema", "properties"}}), as OpenSanctions and Aleph exchange them. */
    FTM("ftm");

    private final String slug;

    Format(String slug) {
        this.slug = slug;
    }

    /** The name used on the command line and in the API: {@code tutela}, {@code ftm}. */
    public String slug() {
        return slug;
    }

    public static Optional<Format> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(f -> f.slug.equalsIgnoreCase(slug) || f.name().equalsIgnoreCase(slug.replace('-', '_').toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
