package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An act of transnational repression, typed by Freedom House's four families as restated by PACE
 * Resolution 2509 (2023): who did what to whom, where, when, with what instrument, and who responded.
 */
public record Incident(RecordId id, Tactic tactic, Country perpetratorState, ActingParty actingParty,
                       List<Involvement> perpetrators, Optional<Country> hostState, List<RecordId> targets,
                       Optional<ApproximateDate> date, Optional<ApproximateDate> endDate, Optional<String> place,
                       Optional<String> instrument, List<String> caseNumbers, List<RecordId> linked,
                       Optional<String> outcome, String summary, List<Intervention> interventions,
                       Provenance provenance) implements RegistryRecord {

    public enum Family { DIRECT_ATTACK, CO_OPTING_OTHER_COUNTRIES, MOBILITY_CONTROLS, THREATS_FROM_A_DISTANCE }

    public enum Tactic {
        ASSASSINATION(Family.DIRECT_ATTACK), ASSAULT(Family.DIRECT_ATTACK), ABDUCTION_OR_RENDITION(Family.DIRECT_ATTACK),
        KIDNAPPING_PLOT(Family.DIRECT_ATTACK), PHYSICAL_SURVEILLANCE(Family.DIRECT_ATTACK),
        /** An execution, or a death in custody, of a co-accused or a relative (flag 17). */
        EXECUTION_OR_DEATH_IN_CUSTODY(Family.DIRECT_ATTACK),
        /** The enforced disappearance of a person, e.g. an earlier returnee (flag 17). */
        ENFORCED_DISAPPEARANCE(Family.DIRECT_ATTACK),
        RED_NOTICE_OR_DIFFUSION(Family.CO_OPTING_OTHER_COUNTRIES), EXTRADITION_REQUEST(Family.CO_OPTING_OTHER_COUNTRIES),
        MLA_REQUEST(Family.CO_OPTING_OTHER_COUNTRIES), AML_MEASURES_OR_ASSET_FREEZE(Family.CO_OPTING_OTHER_COUNTRIES),
        COMPLAINT_BY_PROXY(Family.CO_OPTING_OTHER_COUNTRIES), IMMIGRATION_DETENTION_OR_DEPORTATION(Family.CO_OPTING_OTHER_COUNTRIES),
        PRESSURE_ON_HOST_OFFICIALS(Family.CO_OPTING_OTHER_COUNTRIES),
        NATIONAL_WANTED_LIST(Family.MOBILITY_CONTROLS), PASSPORT_INVALIDATION(Family.MOBILITY_CONTROLS),
        CONSULAR_SERVICE_REFUSAL(Family.MOBILITY_CONTROLS),
        COERCION_BY_PROXY(Family.THREATS_FROM_A_DISTANCE),
        /** A relative detained as a hostage to make the person return, with or without a case against the relative (flags 4, 17). */
        RELATIVE_HELD_HOSTAGE(Family.THREATS_FROM_A_DISTANCE), HACKING_OR_SPYWARE(Family.THREATS_FROM_A_DISTANCE),
        ONLINE_THREATS(Family.THREATS_FROM_A_DISTANCE), SMEAR_CAMPAIGN(Family.THREATS_FROM_A_DISTANCE),
        DEBANKING(Family.THREATS_FROM_A_DISTANCE), PRESSURE_ON_EMPLOYERS_OR_HOSTS(Family.THREATS_FROM_A_DISTANCE);

        private final Family family;

        Tactic(Family family) {
            this.family = family;
        }

        public Family family() {
            return family;
        }
    }

    public enum ActingParty { STATE, PROXY_STATE, PROXY_COMPANY, HIRED_FIRM, UNKNOWN }

    /** A perpetrator and the degree of its involvement. */
    public record Involvement(RecordId actor, Degree degree) {
        public enum Degree { DIRECT, ORDERED, COMMISSIONED, ACQUIESCED, ALLEGED }

        public Involvement {
            Fields.required("perpetrators.actor", actor);
            degree = degree == null ? Degree.ALLEGED : degree;
        }
    }

    /** Who responded, how, and with what result. */
    public record Intervention(String by, String action, Optional<ApproximateDate> date, Optional<String> result) {
        public Intervention {
            by = Fields.text("interventions.by", by);
            action = Fields.text("interventions.action", action);
            date = Fields.optional(date);
            result = Fields.optionalText("interventions.result", result);
        }
    }

    public Incident {
        Fields.required("id", id);
        Fields.required("tactic", tactic);
        Fields.required("perpetratorState", perpetratorState);
        actingParty = actingParty == null ? ActingParty.UNKNOWN : actingParty;
        perpetrators = Fields.list("perpetrators", perpetrators);
        hostState = Fields.optional(hostState);
        targets = Fields.list("targets", targets);
        date = Fields.pastDate("date", date);
        endDate = Fields.optional(endDate);
        Fields.ordered("endDate", date, endDate, "problem.ends-before-start");
        place = Fields.optionalText("place", place);
        instrument = Fields.optionalText("instrument", instrument);
        caseNumbers = Fields.texts("caseNumbers", caseNumbers);
        linked = Fields.list("linked", linked);
        outcome = Fields.optionalText("outcome", outcome);
        summary = Fields.text("summary", summary);
        interventions = Fields.list("interventions", interventions);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    public Family family() {
        return tactic.family();
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return date.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return tactic + " by " + perpetratorState + date.map(d -> " (" + DateWording.english(d) + ")").orElse("");
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, targets, linked, perpetrators.stream().map(Involvement::actor).toList());
    }
}
