package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.company;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.person;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.relation;
import static org.tutela.core.screening.Fixtures.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Samples;

class ScreeningTest {
    static final Screening SCREENING = Screening.standard();
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    /** Ordinary requests a screener must let through: a tool that flags everything is useless. */
    @Nested
    class ControlRequests {
        @Test
        void neighboursRequestForSpecificBankRecordsOfADrugSuspect() {
            var suspect = person("person-dealer", List.of(NEIGHBOUR), List.of(NEIGHBOUR));
            var theCase = proceeding("proceeding-drugs", NEIGHBOUR, "D-2020-88", List.of("person-dealer"), List.of(),
                    Proceeding.Type.CRIMINAL, Charge.of("importing 2 kg of heroin", Charge.Category.DRUG_TRAFFICKING));
            var req = request().from(NEIGHBOUR).target("person-dealer").proceeding("proceeding-drugs")
                    .measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account LT12 1000 0111 0100 1000, 1.1.2020-31.12.2020").build();
            ScreeningReport report = SCREENING.screen(req, registry(suspect, theCase), AS_OF);
            assertThat(report.firedIds()).isEmpty();
            assertThat(report.band()).isEqualTo(Band.NO_CONCERN_FOUND);
            assertThat(report.assessment().notAssessed()).singleElement().asString().startsWith("TNR-14");
            assertThat(report.assessment().advisory()).contains("not a decision");
        }

        @Test
        void aRequestInACaseTheRegistryDoesNotHoldIsNotHeldUp() {
            var suspect = person("person-dealer", List.of(NEIGHBOUR), List.of(NEIGHBOUR));
            var req = request().from(NEIGHBOUR).target("person-dealer").reference("D-2021-0042")
                    .measure(Measure.Kind.TELECOM_DATA, Measure.Scope.SPECIFIC, "subscriber of one named number, May 2020").build();
            ScreeningReport report = SCREENING.screen(req, registry(suspect), AS_OF);
            assertThat(report.firedIds()).isEmpty();
            assertThat(report.band()).isEqualTo(Band.NO_CONCERN_FOUND);
            assertThat(((Outcome.NotFired) report.result("TNR-03").orElseThrow().outcome()).reason()).contains("D-2021-0042");
        }

        @Test
        void authoritarianStatesRequestAboutAnOrdinaryFraudSuspect() {
            var suspect = person("person-fraudster", List.of(REQUESTING), List.of(HOST));
            var shop = company("org-shop", Organisation.Type.COMPANY, REQUESTING, null);
            var theCase = proceeding("proceeding-fraud", REQUESTING, "F-2020-12", List.of("person-fraudster"), List.of("org-shop"),
                    Proceeding.Type.CRIMINAL, new Charge("sold 40 cars he did not own", Charge.Category.FRAUD,
                            Optional.of(ApproximateDate.on(2019, 5, 1)), Optional.of(ApproximateDate.on(2020, 2, 1))));
            var record = incident("incident-elsewhere", Incident.Tactic.ASSAULT, REQUESTING, THIRD, LocalDate.of(2020, 9, 9),
                    List.of(), List.of());
            var req = request().target("person-fraudster").proceeding("proceeding-fraud")
                    .offences(Charge.of("fraud", Charge.Category.FRAUD)).facts("sold 40 cars he did not own to a dealer")
                    .measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "his two named accounts, 2019-2020").build();
            ScreeningReport report = SCREENING.screen(req, registry(suspect, shop, theCase, record), AS_OF);
            assertThat(report.firedIds()).containsExactly("TNR-15");
            assertThat(report.band()).isEqualTo(Band.NO_CONCERN_FOUND);
            assertThat(report.assessment().reasoning()).anyMatch(r -> r.startsWith("Context, which does not change the band"));
        }

        @Test
        void requestAboutARefugeeFromADifferentState() {
            var refugeeFromThird = person("person-refugee", List.of(THIRD), List.of(HOST));
            var theCase = proceeding("proceeding-theft", NEIGHBOUR, "T-2021-3", List.of("person-refugee"), List.of(),
                    Proceeding.Type.CRIMINAL, Charge.of("theft of a car", Charge.Category.OTHER));
            var req = request().from(NEIGHBOUR).target("person-refugee").proceeding("proceeding-theft")
                    .offences(Charge.of("theft of a car", Charge.Category.OTHER)).facts("stole a car in Riga on 2 January 2021")
                    .measure(Measure.Kind.WITNESS_HEARING, Measure.Scope.SPECIFIC, "hear him on the 2 January 2021 theft").build();
            ScreeningReport report = SCREENING.screen(req,
                    registry(refugeeFromThird, theCase, refugee("person-refugee", HOST, THIRD, LocalDate.of(2018, 1, 1))), AS_OF);
            assertThat(report.result("TNR-01").orElseThrow().outcome()).isInstanceOf(Outcome.NotFired.class);
            assertThat(report.firedIds()).isEmpty();
            assertThat(report.band()).isNotEqualTo(Band.REFUSE).isEqualTo(Band.NO_CONCERN_FOUND);
        }
    }

    @Nested
    class AnInventedPersecutionCase {
        RecordSet world = registry(
                person("person-exile", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER),
                person("person-leader", List.of(REQUESTING), List.of(THIRD), Person.Role.OPPOSITION_LEADER),
                person("person-brother", List.of(REQUESTING), List.of(REQUESTING)),
                relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-exile", "person-leader", LocalDate.of(2012, 1, 1)),
                relation("rel-family", Relationship.Type.FAMILY, "person-exile", "person-brother", null),
                refugee("person-exile", HOST, REQUESTING, LocalDate.of(2014, 1, 1)),
                proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
                        Proceeding.Type.CRIMINAL, Charge.of("embezzlement", Charge.Category.EMBEZZLEMENT)),
                decision("decision-finding", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2021, 4, 10),
                        List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION));
        CooperationRequest req = request().target("person-exile").proceeding("proceeding-case")
                .offences(Charge.of("embezzlement", Charge.Category.EMBEZZLEMENT))
                .measure(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "her flat")
                .measure(Measure.Kind.SEIZE_DEVICES, Measure.Scope.OPEN_ENDED, "all devices")
                .measure(Measure.Kind.REFUGEE_FILE, Measure.Scope.SPECIFIC, "her asylum file")
                .measure(Measure.Kind.FOREIGN_OFFICIALS_PRESENT, Measure.Scope.SPECIFIC, "two investigators").build();

        @Test
        void firesTheFlagsItsFactsCallForAndRefuses() {
            ScreeningReport report = SCREENING.screen(req, world, AS_OF);
            assertThat(report.firedNumbers()).containsExactly(1, 2, 3, 4, 8, 9, 10, 11, 13);
            assertThat(report.band()).isEqualTo(Band.REFUSE);
            assertThat(report.assessment().drivenBy()).containsExactly("TNR-01", "TNR-03");
            assertThat(report.rulePackVersion()).isEqualTo(SCREENING.rulePack().version());
            assertThat(report.fired()).allSatisfy(r -> assertThat(r.facts()).allSatisfy(f -> assertThat(f.record()).isNotNull()));
        }

        @Test
        void usesOnlyWhatWasKnownOnTheDateAsked() {
            ScreeningReport early = SCREENING.screen(req, world, LocalDate.of(2021, 4, 1));
            ScreeningReport late = SCREENING.screen(req, world, LocalDate.of(2021, 4, 10));
            assertThat(early.firedIds()).doesNotContain("TNR-03");
            assertThat(late.firedIds()).contains("TNR-03");
            assertThat(early.asOf()).isEqualTo(LocalDate.of(2021, 4, 1));
        }

        @Test
        void withoutTheRefugeeStatusTheConvergingSignsStillRefuse() {
            RecordSet noStatus = RecordSet.of(world.records().stream().filter(r -> !r.id().value().startsWith("protection-")).toList());
            ScreeningReport report = SCREENING.screen(req, noStatus, LocalDate.of(2021, 4, 1));
            assertThat(report.firedIds()).doesNotContain("TNR-01", "TNR-03");
            assertThat(report.band()).isEqualTo(Band.REFUSE);
            assertThat(report.assessment().drivenBy()).contains("TNR-02", "TNR-04");
        }
    }

    @Test
    void screensTheCoreSampleCase() {
        ScreeningReport report = SCREENING.screen(Samples.mlaRequest(), RecordSet.of(Samples.all()), LocalDate.of(2021, 6, 1));
        assertThat(report.firedIds()).contains("TNR-01", "TNR-03", "TNR-04", "TNR-08", "TNR-10", "TNR-13");
        assertThat(report.band()).isEqualTo(Band.REFUSE);
    }

    @Nested
    class BadInput {
        @Test
        void aRequestNamingNoPersonIsNeverSilentlyCleared() {
            ScreeningReport report = SCREENING.screen(request().measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build(),
                    registry(), AS_OF);
            assertThat(report.band()).isNotEqualTo(Band.NO_CONCERN_FOUND);
            assertThat(report.notEvaluableIds()).contains("TNR-01", "TNR-08");
            assertThat(report.warnings()).anyMatch(w -> w.contains("names no person"));
            assertThat(report.assessment().notAssessed()).anyMatch(s -> s.startsWith("TNR-01"));
        }

        @Test
        void anUnidentifiedTargetIsNeverSilentlyCleared() {
            ScreeningReport report = SCREENING.screen(request().unresolvedTarget("ПЕТРОВ П.П.").build(), registry(), AS_OF);
            assertThat(report.band()).isEqualTo(Band.PROCEED_WITH_SAFEGUARDS);
            assertThat(report.assessment().reasoning()).anyMatch(r -> r.contains("could not be evaluated"));
            assertThat(report.warnings()).anyMatch(w -> w.contains("ПЕТРОВ П.П.") && w.contains("nobody in the registry"));
        }

        @Test
        void aScreeningDateBeforeTheRequestOrInTheFutureIsRefused() {
            assertThatThrownBy(() -> SCREENING.screen(request().build(), registry(), Fixtures.REQUEST_DATE.minusDays(1)))
                    .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.field()).isEqualTo("asOf"))
                    .hasMessageContaining("before the request's date");
            Screening fixedClock = new Screening(RulePack.standard(), PersonResolver.recorded(), org.tutela.core.screening.flags.Flags.ALL,
                    Clock.fixed(LocalDate.of(2022, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            assertThatThrownBy(() -> fixedClock.screen(request().build(), registry(), LocalDate.of(2023, 1, 1)))
                    .hasMessageContaining("in the future");
        }

        @Test
        void fiveThousandNamedPersonsAreRefusedWithAClearError() {
            var req = request();
            IntStream.range(0, 5000).forEach(i -> req.named(new NamedPerson("Person " + i, Optional.empty(), NamedPerson.Role.TARGET, Optional.empty())));
            // the request itself cannot hold them (a domain limit), so nothing reaches the screening
            assertThatThrownBy(req::build)
                    .isInstanceOfSatisfying(org.tutela.core.registry.InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("persons"))
                    .hasMessageContaining("5000");
        }

        @Test
        void manyTargetsWithinTheLimitAreAFishingExpedition() {
            var req = request().measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "accounts");
            IntStream.range(0, 50).forEach(i -> req.named(new NamedPerson("Person " + i, Optional.empty(), NamedPerson.Role.TARGET, Optional.empty())));
            ScreeningReport report = SCREENING.screen(req.build(), registry(), AS_OF);
            assertThat(report.firedIds()).contains("TNR-10");
        }

        @Test
        void datesInTheWrongOrderAndUnknownStatesAreRejectedByTheRecords() {
            assertThatThrownBy(() -> new Charge("fraud", Charge.Category.FRAUD, Optional.of(ApproximateDate.on(2020, 1, 1)),
                    Optional.of(ApproximateDate.on(2019, 1, 1)))).isInstanceOfSatisfying(InvalidRecordException.class,
                    e -> assertThat(e.field()).isEqualTo("charges.allegedTo"));
            assertThatThrownBy(() -> Country.of("QQ")).isInstanceOf(InvalidRecordException.class);
        }

        @Test
        void anAttachmentThatIsNotTextIsNamedAndNotRead() {
            var req = request().target("person-exile")
                    .attach("indictment.pdf", CooperationRequest.Attachment.Kind.INDICTMENT, null, "%PDF-1.5 binary follows")
                    .attach("scan.txt", CooperationRequest.Attachment.Kind.WITNESS_STATEMENT, "W", "\uFFFD\uFFFD\uFFFD\uFFFD x").build();
            ScreeningReport report = SCREENING.screen(req, registry(person("person-exile", List.of(REQUESTING), List.of(HOST))), AS_OF);
            assertThat(report.warnings()).anyMatch(w -> w.contains("indictment.pdf") && w.contains("PDF"))
                    .anyMatch(w -> w.contains("scan.txt") && w.contains("undecodable"));
            assertThat(report.notEvaluableIds()).contains("TNR-14");
            assertThat(report.assessment().notAssessed()).anyMatch(s -> s.contains("scan.txt"));
        }

        @Test
        void offencesAllegedAfterTheRequestAreWarnedAbout() {
            var req = request().offences(new Charge("fraud", Charge.Category.FRAUD, Optional.of(ApproximateDate.of(Fixtures.REQUEST_DATE.plusDays(5))),
                    Optional.empty())).build();
            assertThat(SCREENING.screen(req, registry(), AS_OF).warnings()).anyMatch(w -> w.contains("after the request's date"));
        }
    }

    @Test
    void aSuggestedButUnconfirmedIdentityIsNotUsed() {
        var refugeeFromRequester = person("person-exile", List.of(REQUESTING), List.of(HOST));
        RecordSet world = registry(refugeeFromRequester, refugee("person-exile", HOST, REQUESTING, LocalDate.of(2014, 1, 1)));
        PersonResolver suggests = (named, view) -> List.of(new Resolution(RecordId.of("person-exile"), 0.8, "similar name",
                Resolution.Status.SUGGESTED));
        PersonResolver confirms = (named, view) -> List.of(new Resolution(RecordId.of("person-exile"), 0.8, "similar name",
                Resolution.Status.CONFIRMED));
        var req = request().unresolvedTarget("EXILE G.").build();
        ScreeningReport suggested = new Screening(RulePack.standard(), suggests).screen(req, world, AS_OF);
        assertThat(suggested.notEvaluableIds()).contains("TNR-01");
        assertThat(suggested.warnings()).anyMatch(w -> w.contains("one candidate awaits"));
        ScreeningReport confirmed = new Screening(RulePack.standard(), confirms).screen(req, world, AS_OF);
        assertThat(confirmed.firedIds()).contains("TNR-01");
        assertThat(confirmed.identifications()).singleElement().satisfies(i -> assertThat(i.confirmed()).contains(RecordId.of("person-exile")));
    }
}
