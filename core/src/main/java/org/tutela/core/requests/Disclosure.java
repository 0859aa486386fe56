package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.RecordId;

/**
 * One item that left the office or was shown to someone outside it: what, about whom, to whom, when,
 * through which channel, under which decision, acknowledged by whom. {@code authorised} false records
 * a disclosure that happened in fact, whatever was decided: it is kept as what happened and judged.
 */
public record Disclosure(Item item, String what, List<RecordId> concerning, Recipient recipientKind, String recipient,
                         LocalDate on, Optional<String> channel, Optional<String> decision, Optional<String> acknowledgedBy,
                         boolean authorised) {
    public enum Item { SEIZED_DEVICES, SEIZED_FILES, DOCUMENTS, BANK_DATA, CASE_FILE, INTERROGATION_RECORD, OTHER }

    public enum Recipient { REQUESTING_STATE, REQUESTING_STATE_LAWYER, BANK, OTHER_AUTHORITY, OTHER }

    public Disclosure {
        Text.required("disclosure.item", item);
        what = Text.required("disclosure.what", what);
        concerning = Text.list(concerning);
        Text.required("disclosure.recipientKind", recipientKind);
        recipient = Text.required("disclosure.recipient", recipient);
        Text.required("disclosure.on", on);
        channel = Text.optional(channel);
        decision = Text.optional(decision);
        acknowledgedBy = Text.optional(acknowledgedBy);
    }
}
