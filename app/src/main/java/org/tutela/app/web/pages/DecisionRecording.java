package org.tutela.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/** What a body decided or found about a request, a proceeding or an incident. */
final class DecisionRecording implements Recording<Decision> {
    @Override
    public RecordKind kind() {
        return RecordKind.DECISION;
    }

    @Override
    public String title() {
        return "Record a decision";
    }

    @Override
    public String intro() {
        return "A minister admitting a request, a court refusing extradition, INTERPOL deleting a notice, a UN body finding "
                + "a detention arbitrary. A refusal, execution, annulment, deleted notice or withdrawal closes a request.";
    }

    @Override
    public void lay(FormBuilder form, Choices choices) {
        form.section("The decision")
                .field("subject", "About", Control.SELECT, true, "The request, proceeding, decision or incident decided on", choices.matters())
                .field("outcome", "Outcome", Control.SELECT, true, null, FormField.choicesOf(Decision.Outcome.class))
                .field("date", "Date", Control.DATE, false, null)
                .field("body", "Decided by", Control.SELECT, false, "The court, ministry, prosecutor or international body",
                        choices.organisations())
                .field("state", "State", Control.STATE, false, "The state whose body decided, if any")
                .field("grounds", "Grounds", Control.CHECKBOXES, false, null, FormField.choicesOf(Decision.Ground.class))
                .field("reasoning", "Reasoning", Control.TEXT, false, null)
                .field("concerning", "Concerning", Control.RECORDS, false, "The persons it is about, where narrower than the subject",
                        choices.persons());
        Recording.layProvenance(form, choices, false);
    }

    @Override
    public Map<String, List<String>> values(Decision d) {
        Map<String, List<String>> v = Recording.map();
        v.put("subject", Recording.one(d.subject()));
        v.put("outcome", Recording.one(d.outcome()));
        d.date().ifPresent(x -> v.put("date", Recording.one(x)));
        d.body().ifPresent(x -> v.put("body", Recording.one(x)));
        d.state().ifPresent(x -> v.put("state", Recording.one(x)));
        v.put("grounds", Recording.all(List.copyOf(d.grounds())));
        d.reasoning().ifPresent(x -> v.put("reasoning", Recording.one(x)));
        v.put("concerning", Recording.all(d.concerning()));
        Recording.provenanceValues(d.provenance(), v);
        return v;
    }

    @Override
    public Decision build(FormInput in, RecordId id, Optional<Decision> current) {
        var subject = in.requiredRecord("subject", IncidentRecording.MATTERS);
        var outcome = in.requiredChoice("outcome", Decision.Outcome.class);
        var date = in.date("date");
        if (date.isPresent() && date.get().isAfter(java.time.LocalDate.now().plusDays(1))) {
            in.error("date", date.get() + " is in the future");
        }
        var body = in.record("body", Set.of(RecordKind.ORGANISATION));
        var state = in.state("state");
        var grounds = Set.copyOf(in.choices("grounds", Decision.Ground.class));
        var reasoning = in.text("reasoning");
        var concerning = in.records("concerning", Set.of(RecordKind.PERSON));
        var provenance = Recording.readProvenance(in, current.map(Decision::provenance));
        if (subject != null && subject.equals(id)) {
            in.error("subject", "a decision cannot be about itself");
        }
        if (!in.valid()) {
            return null;
        }
        return new Decision(id, subject, body, state, date, outcome, grounds, reasoning, concerning, provenance);
    }
}
