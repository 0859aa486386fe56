package org.tutela.app.web.pages;

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
    public String title() {
        return "Record an incident";
    }

    @Override
    public String intro() {
        return "An act of transnational repression: choose its tactic under one of the four families, say who did it to whom, "
                + "when and where, and cite the source.";
    }

    @Override
    public void lay(FormBuilder form, Choices choices) {
        form.section("What happened")
                .field("tactic", "Tactic", Control.SELECT, true, "Grouped by family: direct attack, co-opting other countries, "
                        + "mobility controls, threats from a distance", FormField.choicesOf(Tactic.class, Incident.Family.class, Tactic::family))
                .field("summary", "Summary", Control.TEXT, true, "Who did what to whom, in a few sentences")
                .field("date", "Date", Control.DATE, false, "When it happened, or began")
                .field("endDate", "End date", Control.DATE, false, "For something that lasted: when it ended")
                .field("place", "Place", Control.LINE, false, null)
                .field("instrument", "Instrument", Control.LINE, false, "The legal or physical means used, e.g. a Red Notice, spyware")
                .field("outcome", "Outcome", Control.LINE, false, null)
                .section("Who")
                .field("perpetratorState", "Perpetrator state", Control.STATE, true, "The state behind it: ISO code or English name")
                .field("actingParty", "Acting party", Control.SELECT, false, null, FormField.choicesOf(ActingParty.class))
                .field("perpetrators", "Perpetrators", Control.RECORDS, false, "Persons or bodies who took part", choices.parties())
                .field("degree", "Their involvement", Control.SELECT, false, null, FormField.choicesOf(Degree.class))
                .field("hostState", "Host state", Control.STATE, false, "Where the target lives or it took place")
                .field("targets", "Targets", Control.RECORDS, false, null, choices.persons())
                .section("Links")
                .field("caseNumbers", "Case numbers", Control.TEXT, false, "One per line, as written")
                .field("linked", "Linked records", Control.RECORDS, false, "Requests, proceedings, decisions or other incidents", choices.matters());
        Recording.layProvenance(form, choices, false);
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
        List<Involvement> perpetrators = in.records("perpetrators", PARTIES).stream().map(a -> new Involvement(a, degree)).toList();
        var hostState = in.state("hostState");
        var targets = in.records("targets", Set.of(RecordKind.PERSON));
        var caseNumbers = in.lines("caseNumbers");
        var linked = in.records("linked", MATTERS);
        var provenance = Recording.readProvenance(in, current.map(Incident::provenance));
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
