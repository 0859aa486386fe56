package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a body decided or found about a request or a proceeding: a minister admitting a request, a
 * court refusing extradition, INTERPOL deleting a notice, a UN working group finding a detention
 * arbitrary. {@code concerning} names the persons the decision is about where that is narrower than
 * the subject. {@code inAbsentia} marks a judgment given in the absence of the accused.
 */
public record Decision(RecordId id, RecordId subject, Optional<RecordId> body, Optional<Country> state,
                       Optional<ApproximateDate> date, Outcome outcome, Set<Ground> grounds, Optional<String> reasoning,
                       List<RecordId> concerning, Provenance provenance, Boolean inAbsentia) implements RegistryRecord {

    public enum Outcome {
        ADMITTED, EXECUTED, PARTIALLY_EXECUTED, REFUSED, ANNULLED, SUSPENDED, CLARIFICATION_REQUESTED,
        NOTICE_PUBLISHED, NOTICE_DELETED, CASE_DROPPED, DISMISSED, CONVICTED, ACQUITTED, UPHELD_ON_APPEAL,
        APPEAL_LODGED, FINDING, NO_DECISION, WITHDRAWN;

        /** Outcomes after which nothing more is done on the request. */
        public boolean closesRequest() {
            return this == REFUSED || this == EXECUTED || this == ANNULLED || this == NOTICE_DELETED || this == WITHDRAWN;
        }

        /** Outcomes by which a body declined or undid cooperation (flag 5). */
        public boolean isRefusal() {
            return this == REFUSED || this == ANNULLED || this == NOTICE_DELETED || this == CASE_DROPPED || this == DISMISSED;
        }
    }

    public enum Ground {
        POLITICAL_MOTIVATION, HUMAN_RIGHTS_RISK, REFUGEE_STATUS, TORTURE, ARBITRARY_DETENTION, FAIR_TRIAL,
        INTERPOL_CONSTITUTION_ARTICLE_3, SUSPECT_EVIDENCE, INSUFFICIENT_EVIDENCE, PRIVATE_DISPUTE, PROCEDURAL,
        ORDRE_PUBLIC, OTHER;

        /** Grounds that speak of persecution or rights rather than of form (flag 5). */
        public boolean political() {
            return switch (this) {
                case POLITICAL_MOTIVATION, HUMAN_RIGHTS_RISK, REFUGEE_STATUS, TORTURE, ARBITRARY_DETENTION, FAIR_TRIAL,
                        INTERPOL_CONSTITUTION_ARTICLE_3, SUSPECT_EVIDENCE, ORDRE_PUBLIC -> true;
                default -> false;
            };
        }
    }

    public Decision {
        Fields.required("id", id);
        Fields.required("subject", subject);
        body = Fields.optional(body);
        state = Fields.optional(state);
        date = Fields.pastDate("date", date);
        Fields.required("outcome", outcome);
        grounds = Fields.enums(Ground.class, grounds);
        reasoning = Fields.optionalText("reasoning", reasoning);
        concerning = Fields.list("concerning", concerning);
        provenance = provenance == null ? Provenance.none() : provenance;
        // absent in JSON written before judgments in absentia were recorded
        inAbsentia = inAbsentia != null && inAbsentia;
    }

    /** A decision not given in absentia. */
    public Decision(RecordId id, RecordId subject, Optional<RecordId> body, Optional<Country> state, Optional<ApproximateDate> date,
                    Outcome outcome, Set<Ground> grounds, Optional<String> reasoning, List<RecordId> concerning,
                    Provenance provenance) {
        this(id, subject, body, state, date, outcome, grounds, reasoning, concerning, provenance, false);
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return date.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return outcome + date.map(d -> " on " + DateWording.english(d)).orElse("") + " (" + subject + ")";
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, subject, body, concerning);
    }
}
