package org.tutela.core.registry;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A value a record can be looked up by without reading every record of its kind: what screening asks
 * ("proceedings with this case number", "incidents of this state", "requests behind which this state
 * stands"). A database keeps them indexed beside each current record; {@link #of} is the one place
 * that says which keys a record has.
 */
public record RecordKey(String name, String value) {
    public static final String CASE_NUMBER = "case-number";
    public static final String PERPETRATOR_STATE = "perpetrator-state";
    public static final String STATE_BEHIND = "state-behind";
    /** Keys are stored in a column of this length; longer case numbers are not looked up by key. */
    public static final int MAX_VALUE = 200;

    public RecordKey {
        Fields.required("name", name);
        Fields.required("value", value);
    }

    public static RecordKey caseNumber(String caseNumber) {
        return new RecordKey(CASE_NUMBER, CaseNumber.key(caseNumber));
    }

    /** An incident whose perpetrator is {@code state}. */
    public static RecordKey perpetrator(Country state) {
        return new RecordKey(PERPETRATOR_STATE, state.code());
    }

    /** A request sent by {@code state}, or on its behalf. */
    public static RecordKey stateBehind(Country state) {
        return new RecordKey(STATE_BEHIND, state.code());
    }

    /** The keys of a record: its case numbers, an incident's perpetrator state, the states behind a request. */
    public static Set<RecordKey> of(RegistryRecord record) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        if (record instanceof Proceeding p) {
            keys.add(caseNumber(p.caseNumber()));
        } else if (record instanceof Incident i) {
            keys.add(perpetrator(i.perpetratorState()));
            i.caseNumbers().forEach(n -> keys.add(caseNumber(n)));
        } else if (record instanceof CooperationRequest r) {
            keys.add(stateBehind(r.requestingState()));
            r.onBehalfOf().ifPresent(c -> keys.add(stateBehind(c)));
            r.referenceNumbers().forEach(n -> keys.add(caseNumber(n)));
        }
        keys.removeIf(k -> k.value().isEmpty() || k.value().length() > MAX_VALUE);
        return keys;
    }
}
