package org.tutela.core.registry;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The stable identifier of a record: opaque and random for everything entered through the server
 * ({@link #random}); curated files may use readable ids that name no person
 * ({@code request-kz-be-mla-2018-03-30}), since an id is shown wherever the record is referenced and is
 * no place for a name. FollowTheMoney ids from outside fit the same pattern.
 */
public record RecordId(String value) implements Comparable<RecordId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,159}");

    public RecordId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw InvalidRecordException.of("id", "problem.identifier", value);
        }
    }

    public static RecordId of(String value) {
        return new RecordId(value);
    }

    public static RecordId random(RecordKind kind) {
        return new RecordId(kind.prefix() + "-" + UUID.randomUUID());
    }

    @Override
    public int compareTo(RecordId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
