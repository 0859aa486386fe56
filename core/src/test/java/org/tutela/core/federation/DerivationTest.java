package org.tutela.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.federation.FederationFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Source;

/** What an accepted bulletin becomes in the receiving registry, each record citing the bulletin as its source. */
class DerivationTest {

    static Reception.Accepted accepted(Bulletin b) {
        Reception.Verdict v = Reception.judge(signed(b, LI_KEY), context());
        assertThat(v).isInstanceOf(Reception.Accepted.class);
        return (Reception.Accepted) v;
    }

    static <T> T only(List<RegistryRecord> records, Class<T> type) {
        List<T> of = records.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void aRefusalOnAnUnknownCaseRecordsTheRequestingStatesCaseAndTheDecisionOnIt() {
        List<RegistryRecord> records = Derivation.records(accepted(bulletin()), NOW, RecordSet.of(List.of()));
        Source source = only(records, Source.class);
        assertThat(source.title()).contains("from partner li-justice", "signed by key " + LI_KEY.publicKey().id(), "received at " + NOW);
        Proceeding p = only(records, Proceeding.class);
        assertThat(p.state()).isEqualTo(Country.of("KZ"));
        assertThat(p.caseNumber()).isEqualTo("170000131000012");
        Decision d = only(records, Decision.class);
        assertThat(d.subject()).isEqualTo(p.id());
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.REFUSED);
        assertThat(d.provenance().citations()).extracting(c -> c.source()).containsExactly(source.id());
        assertThat(d.provenance().validFrom()).contains(ApproximateDate.on(2019, 5, 3));
        assertThat(records).allSatisfy(r -> assertThat(r.id().value()).startsWith("fed-li-justice-b-0000000001-").doesNotContain("Jardemalie"));
    }

    @Test
    void aRefusalOnAKnownCaseIsPutOnIt() {
        Proceeding known = new Proceeding(RecordId.of("proceeding-kz-170000131000012"), Country.of("KZ"), "170000131000012",
                Proceeding.Type.CRIMINAL, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Proceeding.Status.OPEN,
                List.of(), Optional.empty(), Provenance.none());
        List<RegistryRecord> records = Derivation.records(accepted(bulletin()), NOW, RecordSet.of(List.of(known)));
        assertThat(records).noneMatch(Proceeding.class::isInstance);
        assertThat(only(records, Decision.class).subject()).isEqualTo(known.id());
    }

    @Test
    void aProtectionStatusBecomesAPersonAndTheStatusFlag1Reads() {
        ProtectionNotice notice = new ProtectionNotice(List.of("Botagoz Jardemalie", "Джардемали Ботагоз"), Optional.of(1975), Optional.of("female"),
                ProtectionStatus.Type.REFUGEE, Country.of("BE"), Optional.of(Country.of("KZ")), Optional.of(2013), Sensitive.none());
        Bulletin b = bulletin("b-0000000009", 9, NOW, new Distribution.Group("mla-desks"), notice);
        SharingRules names = new SharingRules("mla-desks", java.util.EnumSet.allOf(Content.Kind.class), java.util.Set.of());
        Reception.Verdict v = Reception.judge(signed(b, LI_KEY), context(partners(), new Accepted(), names));
        List<RegistryRecord> records = Derivation.records((Reception.Accepted) v, NOW, RecordSet.of(List.of()));
        Person person = only(records, Person.class);
        assertThat(person.names()).hasSize(2);
        ProtectionStatus status = only(records, ProtectionStatus.class);
        assertThat(status.person()).isEqualTo(person.id());
        assertThat(status.persecutingState()).contains(Country.of("KZ"));
        assertThat(status.protectsOn(NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate())).isTrue();
    }

    @Test
    void aScreeningOutcomeAndABreachBecomeTheirSourceOnly() {
        Bulletin outcome = bulletin("b-0000000010", 10, NOW, new Distribution.Group("mla-desks"),
                new ScreeningOutcome("BE-2026-1", Country.of("KZ"), "refuse", List.of("TNR-05"), List.of(), Sensitive.none()));
        assertThat(Derivation.records(accepted(outcome), NOW, RecordSet.of(List.of()))).singleElement().isInstanceOfSatisfying(Source.class,
                s -> assertThat(s.id()).isEqualTo(Derivation.id(outcome, "source")));
        Bulletin breach = bulletin("b-0000000011", 11, NOW, new Distribution.Group("mla-desks"), new ConditionBreached("BE-2018-7",
                Country.of("KZ"), "no-foreign-officials-present", Optional.of(LocalDate.of(2019, 10, 1)), List.of("170000131000012"), Sensitive.none()));
        assertThat(Derivation.records(accepted(breach), NOW, RecordSet.of(List.of()))).singleElement().isInstanceOf(Source.class);
    }

    @Test
    void aSharedIncidentWithAKnownTacticBecomesAnIncidentOfTheStateBehindIt() {
        Bulletin b = bulletin("b-0000000012", 12, NOW, new Distribution.Group("mla-desks"), new SharedIncident(Country.of("KZ"),
                "direct-attack", Optional.of("kidnapping-plot"), Optional.of(LocalDate.of(2015, 9, 1)), "kidnapping plot against an exile",
                List.of("170000131000012"), Sensitive.none()));
        List<RegistryRecord> records = Derivation.records(accepted(b), NOW, RecordSet.of(List.of()));
        Source source = only(records, Source.class);
        org.tutela.core.registry.Incident incident = only(records, org.tutela.core.registry.Incident.class);
        assertThat(incident.tactic()).isEqualTo(org.tutela.core.registry.Incident.Tactic.KIDNAPPING_PLOT);
        assertThat(incident.perpetratorState()).isEqualTo(Country.of("KZ"));
        assertThat(incident.targets()).isEmpty();
        assertThat(incident.provenance().citations()).extracting(c -> c.source()).containsExactly(source.id());
        // a tactic this installation does not know, or of another family, leaves the source only
        Bulletin unknown = bulletin("b-0000000013", 13, NOW, new Distribution.Group("mla-desks"), new SharedIncident(Country.of("KZ"),
                "direct-attack", Optional.of("online-threats"), Optional.empty(), "threats", List.of(), Sensitive.none()));
        assertThat(Derivation.records(accepted(unknown), NOW, RecordSet.of(List.of()))).singleElement().isInstanceOf(Source.class);
    }
}
