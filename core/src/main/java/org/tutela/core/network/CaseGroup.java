package org.tutela.core.network;

import java.util.List;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;

/**
 * The records of one numbered case drawn together: the proceeding, the requests made in it, the
 * incidents in it and the decisions on any of them. A record is in at most one group (the drawing nests
 * it in one box); {@code key} is the case number in one form ({@code CaseMap.caseNumber}) with its state.
 */
public record CaseGroup(String key, RecordId proceeding, Country state, String caseNumber, List<RecordId> members) {

    public CaseGroup {
        members = List.copyOf(members);
    }
}
