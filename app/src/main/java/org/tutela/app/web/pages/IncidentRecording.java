package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Incident.ActingParty;
import org.tutela.core.registry.Incident.Involvement;
import org.tutela.core.registry.Incident.Involvement.Degree;
import org.tutela.core.registry.Incident.Tactic;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/** An incident by the typology: the family and tactic, who did it to whom, where, when, and on whose word. */
final class IncidentRecording implements Recording<Incident> {
    static final Set<RecordKind> PARTIES = Set.of(RecordKind.PERSON, RecordKind.ORGANISATION);
    static final Set<RecordKind> MATTERS = Set.of(RecordKind.COOPERATION_REQUEST, RecordKind.PROCEEDING, RecordKind.DECISION, RecordKind.INCIDENT);

    @Override
    public RecordKind kind() {
        return RecordKind.INCIDENT;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("what")
                .keyed("tactic", Control.SELECT, true, FormField.choicesOf(Tactic.class, Incident.Family.class, Tactic::family))
                .keyed("summary", Control.TEXT, true)
                .keyed("date", Control.DATE, false)
                .keyed("endDate", Control.DATE, false)
                .keyed("place", Control.LINE, false)
                .keyed("instrument", Control.LINE, false)
                .keyed("outcome", Control.LINE, false)
                .sectionKey("who")
                .keyed("perpetratorState", Control.STATE, true)
                .keyed("actingParty", Control.SELECT, false, FormField.choicesOf(ActingParty.class))
                .pick("perpetrators", Control.PICKS, false, PARTIES)
                .keyed("degree", Control.SELECT, false, FormField.choicesOf(Degree.class))
                .keyed("hostState", Control.STATE, false)
                .pick("targets", Control.PICKS, false, Set.of(RecordKind.PERSON));
        if (creating) {
            InlineRecords.layParties(form);
        }
        form.sectionKey("links")
                .keyed("caseNumbers", Control.TEXT, false)
                .pick("linked", Control.PICKS, false, MATTERS);
        Recording.layProvenance(form, false);
        if (creating) {
            InlineRecords.laySource(form);
        }
    }

    @Override
    public Map<String, List<String>> values(Incident i) {
        Map<String, List<String>> v = Recording.map();
        v.put("tactic", Recording.one(i.tactic()));
        v.put("summary", Recording.one(i.summary()));
        i.date().ifPresent(d -> v.put("date", Recording.one(d)));
        i.endDate().ifPresent(d -> v.put("endDate", Recording.one(d)));
        i.place().ifPresent(d -> v.put("place", Recording.one(d)));
        i.instrument().ifPresent(d -> v.put("instrument", Recording.one(d)));
        i.outcome().ifPresent(d -> v.put("outcome", Recording.one(d)));
        v.put("perpetratorState", Recording.one(i.perpetratorState()));
        v.put("actingParty", Recording.one(i.actingParty()));
        v.put("perpetrators", Recording.all(i.perpetrators().stream().map(Involvement::actor).toList()));
        i.perpetrators().stream().findFirst().ifPresent(p -> v.put("degree", Recording.one(p.degree())));
        i.hostState().ifPresent(d -> v.put("hostState", Recording.one(d)));
        v.put("targets", Recording.all(i.targets()));
        v.put("caseNumbers", List.of(String.join("\n", i.caseNumbers())));
        v.put("linked", Recording.all(i.linked()));
        Recording.provenanceValues(i.provenance(), v);
        return v;
    }

    @Override
    public Incident build(FormInput in, RecordId id, Optional<Incident> current) {
        Tactic tactic = in.requiredChoice("tactic", Tactic.class);
        String summary = in.requiredText("summary");
        var date = in.date("date");
        var endDate = in.date("endDate");
        in.inOrder("date", date, "endDate", endDate);
        var place = in.line("place");
        var instrument = in.line("instrument");
        var outcome = in.line("outcome");
        var perpetratorState = in.requiredState("perpetratorState");
        var actingParty = in.choice("actingParty", ActingParty.class).orElse(ActingParty.UNKNOWN);
        Degree degree = in.choice("degree", Degree.class).orElse(Degree.ALLEGED);
        List<RecordId> perpetratorIds = new ArrayList<>(in.records("perpetrators", PARTIES));
        var hostState = in.state("hostState");
        List<RecordId> targets = new ArrayList<>(in.records("targets", Set.of(RecordKind.PERSON)));
        var caseNumbers = in.lines("caseNumbers");
        var linked = in.records("linked", MATTERS);
        // the victim, perpetrator and source written on this form are created with it, citing its source
        Optional<RecordId> newSource = InlineRecords.source(in);
        Optional<RecordId> cited = in.record("source", Recording.SOURCE).or(() -> newSource);
        InlineRecords.victim(in, cited).ifPresent(targets::add);
        InlineRecords.perpetrator(in, cited).ifPresent(perpetratorIds::add);
        List<Involvement> perpetrators = perpetratorIds.stream().map(a -> new Involvement(a, degree)).toList();
        var provenance = Recording.readProvenance(in, current.map(Incident::provenance), newSource);
        if (!in.valid()) {
            return null;
        }
        return new Incident(id, tactic, perpetratorState, actingParty, perpetrators, hostState, targets, date, endDate, place,
                instrument, caseNumbers, linked, outcome, summary, current.map(Incident::interventions).orElse(List.of()), provenance);
    }

    @Override
    public String fieldFor(String recordField) {
        return recordField.startsWith("perpetrators") ? "perpetrators" : Recording.super.fieldFor(recordField);
    }
}
