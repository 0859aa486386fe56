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
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("decision")
                .pick("subject", Control.PICK, true, IncidentRecording.MATTERS)
                .keyed("outcome", Control.SELECT, true, FormField.choicesOf(Decision.Outcome.class))
                .keyed("date", Control.DATE, false)
                .pick("body", Control.PICK, false, Set.of(RecordKind.ORGANISATION))
                .keyed("state", Control.STATE, false)
                .keyed("grounds", Control.CHECKBOXES, false, FormField.choicesOf(Decision.Ground.class))
                .keyed("reasoning", Control.TEXT, false)
                .pick("concerning", Control.PICKS, false, Set.of(RecordKind.PERSON));
        Recording.layProvenance(form, false);
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
        if (date.isPresent() && date.get().surelyAfter(java.time.LocalDate.now().plusDays(1))) {
            in.error("date", date.get() + " is in the future");
        }
        var body = in.record("body", Set.of(RecordKind.ORGANISATION));
        var state = in.state("state");
        var grounds = Set.copyOf(in.choices("grounds", Decision.Ground.class));
        var reasoning = in.text("reasoning");
        var concerning = in.records("concerning", Set.of(RecordKind.PERSON));
        var provenance = Recording.readProvenance(in, current.map(Decision::provenance));
        if (subject != null && subject.equals(id)) {
            in.errorKey("subject", "records.error.decisionAboutItself");
        }
        if (!in.valid()) {
            return null;
        }
        return new Decision(id, subject, body, state, date, outcome, grounds, reasoning, concerning, provenance);
    }
}
