package org.tutela.core.network;

import org.tutela.core.registry.ApproximateDate;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;

/**
 * A record drawn in a network, with what the drawing filters and groups it by: the case it belongs to
 * (the key of its {@link CaseGroup}), the states it involves, its date (approximate when its source only
 * gives a month or a year; none for persons and organisations, which are no events) and how many links away
 * from the focus it was found.
 */
public record NetworkNode(RegistryRecord record, Optional<String> caseKey, Set<Country> states, Optional<ApproximateDate> date,
                          boolean approximate, int distance) {

    public NetworkNode {
        caseKey = caseKey == null ? Optional.empty() : caseKey;
        states = Set.copyOf(states);
        date = date == null ? Optional.empty() : date;
    }

    public RecordId id() {
        return record.id();
    }

    public RecordKind kind() {
        return record.kind();
    }

    /** A person or an organisation: the parties acts are done by and against, not acts themselves. */
    public boolean party() {
        return kind() == RecordKind.PERSON || kind() == RecordKind.ORGANISATION;
    }

    NetworkNode inCase(String key) {
        return new NetworkNode(record, Optional.of(key), states, date, approximate, distance);
    }
}
