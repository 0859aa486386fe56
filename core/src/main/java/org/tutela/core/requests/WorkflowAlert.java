package org.tutela.core.requests;

import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.RecordId;

/**
 * Something the request's holder and oversight must see at once: a condition breached, a disclosure
 * that breached a hold or had no decision, an attempt to disclose under a hold. Words by message key.
 */
public record WorkflowAlert(RecordId request, Kind kind, List<String> to, Optional<Integer> entry, String messageKey, List<String> args) {
    public enum Kind { CONDITION_BREACHED, DISCLOSURE_BREACH, DISCLOSURE_REFUSED }

    public static final String OVERSIGHT = "oversight";

    public WorkflowAlert {
        to = List.copyOf(to);
        entry = entry == null ? Optional.empty() : entry;
        args = List.copyOf(args);
    }

    public String text() {
        return WorkflowMessages.text(messageKey, args);
    }
}
