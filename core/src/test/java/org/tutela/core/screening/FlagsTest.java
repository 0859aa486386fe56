package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;

/** Each red flag on its own: it fires on the facts of its legal grounds, not otherwise, and says when it cannot tell. */
class FlagsTest {
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);
    static final Screening SCREENING = Screening.standard();

    static Outcome outcome(String flag, CooperationRequest request, RecordSet registry) {
        return SCREENING.screen(request, registry, AS_OF).result(flag).orElseThrow().outcome();
    }

    static Person exile() {
        return person("person-exile", List.of(REQUESTING), List.of(HOST));
    }

    static Fired fired(Outcome o) {
        assertThat(o).isInstanceOf(Fired.class);
        return (Fired) o;
    }

    static NotEvaluable notEvaluable(Outcome o) {
        assertThat(o).isInstanceOf(NotEvaluable.class);
        NotEvaluable n = (NotEvaluable) o;
        assertThat(n.questions()).isNotEmpty().allSatisfy(q -> assertThat(q.text()).isNotBlank());
        return n;
    }

    @Nested
    class Flag01Refugee {
        @Test
        void firesForARefugeeFromTheRequestingState() {
            var r = registry(exile(), refugee("person-exile", HOST, REQUESTING, LocalDate.of(2019, 5, 1)));
            Fired f = fired(outcome("TNR-01", request().target("person-exile").build(), r));
            assertThat(f.facts()).extracting(Fact::record).contains(RecordId.of("protection-person-exile"));
            assertThat(f.facts()).allSatisfy(fact -> assertThat(fact.citations()).isNotEmpty());
        }

        @Test
        void firesForARefugeeFromTheStateBehindAProxyRequest() {
            var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
            var proxy = request().target("person-exile").onBehalfOf(THIRD).build();
            assertThat(fired(outcome("TNR-01", proxy, r)).facts()).extracting(Fact::statement)
                    .anyMatch(s -> s.contains("on behalf of"));
        }

        @Test
        void firesWhenAComplainantIsControlledByThePersecutor() {
            var bank = company("org-bank", Organisation.Type.BANK, THIRD, THIRD);
            var r = registry(exile(), bank, refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
            fired(outcome("TNR-01", request().target("person-exile").complainant("org-bank").build(), r));
        }

        @Test
        void doesNotFireForARefugeeFromAnotherState() {
            var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
            Outcome o = outcome("TNR-01", request().target("person-exile").build(), r);
            assertThat(o).isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("neither the requesting state"));
        }

        @Test
        void doesNotFireWhenTheStatusWasGrantedAfterTheScreeningDate() {
            var r = registry(exile(), refugee("person-exile", HOST, REQUESTING, LocalDate.of(2021, 5, 20)));
            var request = request().target("person-exile").build();
            assertThat(SCREENING.screen(request, r, LocalDate.of(2021, 5, 1)).result("TNR-01").orElseThrow().outcome())
                    .isInstanceOf(NotFired.class);
            fired(outcome("TNR-01", request, r));
        }

        @Test
        void doesNotFireWhenTheStatusEnded() {
            var ended = new ProtectionStatus(RecordId.of("protection-ended"), RecordId.of("person-exile"), ProtectionStatus.Type.REFUGEE,
                    HOST, java.util.Optional.of(REQUESTING), java.util.Optional.of(LocalDate.of(2010, 1, 1)),
                    java.util.Optional.of(LocalDate.of(2015, 1, 1)), java.util.Optional.empty(), Fixtures.cited(LocalDate.of(2010, 1, 1)));
            assertThat(outcome("TNR-01", request().target("person-exile").build(), registry(exile(), ended)))
                    .isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("had ended"));
        }

        @Test
        void cannotTellForAnUnidentifiedTargetOrNoTarget() {
            var r = registry(exile());
            assertThat(notEvaluable(outcome("TNR-01", request().unresolvedTarget("IVANOV I.").build(), r)).missing()).contains("IVANOV I.");
            assertThat(notEvaluable(outcome("TNR-01", request().build(), r)).missing()).contains("names no person");
        }
    }

    @Nested
    class Flag02AsylumFile {
        @Test
        void firesWhenTheRefugeeFileIsRequested() {
            var req = request().target("person-exile").measure(Measure.Kind.REFUGEE_FILE, Measure.Scope.SPECIFIC, "the asylum file").build();
            fired(outcome("TNR-02", req, registry(exile())));
        }

        @Test
        void firesWhenAMeasureDescribesAsylumDataInAnyOfItsLanguages() {
            var english = request().target("person-exile").measure(Measure.Kind.OTHER, Measure.Scope.SPECIFIC,
                    "documents she gave the CGRS").build();
            fired(outcome("TNR-02", english, registry(exile())));
            var russian = request().target("person-exile").measure(Measure.Kind.COPY_OF_CASE_FILE, Measure.Scope.SPECIFIC,
                    "материалы о предоставлении ей убежища").build();
            fired(outcome("TNR-02", russian, registry(exile())));
            var unrelated = request().target("person-exile").measure(Measure.Kind.COPY_OF_CASE_FILE, Measure.Scope.SPECIFIC,
                    "материалы дела о краже автомобиля").build();
            assertThat(outcome("TNR-02", unrelated, registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void firesForAnImmigrationFileThatWouldRevealAnAsylumClaim() {
            var r = registry(exile(), refugee("person-exile", HOST, THIRD, LocalDate.of(2019, 5, 1)));
            var req = request().target("person-exile").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "residence permit").build();
            fired(outcome("TNR-02", req, r));
        }

        @Test
        void doesNotFireForAnImmigrationFileOfSomeoneWithoutAsylumOrWhenNoFileIsAsked() {
            var req = request().target("person-exile").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "residence permit").build();
            assertThat(outcome("TNR-02", req, registry(exile()))).isInstanceOf(NotFired.class);
            assertThat(outcome("TNR-02", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWhoseImmigrationFileItIs() {
            var req = request().unresolvedTarget("X").measure(Measure.Kind.IMMIGRATION_FILE, Measure.Scope.SPECIFIC, "permit").build();
            notEvaluable(outcome("TNR-02", req, registry()));
        }
    }

    static Person brother() {
        return person("person-brother", List.of(REQUESTING), List.of(REQUESTING));
    }

    static Relationship siblings() {
        return relation("rel-siblings", Relationship.Type.FAMILY, "person-exile", "person-brother", null);
    }

    @Nested
    class Flag03Torture {
        Proceeding theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
                Proceeding.Type.CRIMINAL, Charge.of("fraud", Charge.Category.FRAUD));

        @Test
        void firesOnAFindingOfArbitraryDetentionInTheSameCase() {
            var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                    List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
            var r = registry(exile(), brother(), theCase, finding);
            Fired f = fired(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(), r));
            assertThat(f.facts()).singleElement().satisfies(fact -> {
                assertThat(fact.record()).isEqualTo(RecordId.of("decision-wgad"));
                assertThat(fact.date()).contains(LocalDate.of(2020, 11, 20));
            });
        }

        @Test
        void firesOnAFindingAboutAnAccusedPersonOfTheCase() {
            var finding = decision("decision-wgad", "person-brother", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                    List.of(), Decision.Ground.TORTURE);
            fired(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), brother(), theCase, finding)));
        }

        @Test
        void doesNotFireOnARefusalOrAFindingInAnotherCase() {
            var other = proceeding("proceeding-other", REQUESTING, "99-999", List.of("person-brother"), List.of(), Proceeding.Type.CRIMINAL);
            var elsewhere = decision("decision-other", "proceeding-other", Decision.Outcome.FINDING, LocalDate.of(2020, 1, 1),
                    List.of(), Decision.Ground.TORTURE);
            var refusal = decision("decision-refusal", "proceeding-case", Decision.Outcome.REFUSED, LocalDate.of(2020, 1, 1),
                    List.of(), Decision.Ground.TORTURE);
            var theCaseWithoutBrother = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(),
                    Proceeding.Type.CRIMINAL);
            assertThat(outcome("TNR-03", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), brother(), theCaseWithoutBrother, other, elsewhere, refusal))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWhenTheRequestCitesNoCase() {
            notEvaluable(outcome("TNR-03", request().target("person-exile").build(), registry(exile())));
        }

        @Test
        void aCitedCaseTheRegistryDoesNotHoldHasNoRecordedFinding() {
            assertThat(outcome("TNR-03", request().target("person-exile").reference("2021/555").build(), registry(exile())))
                    .isInstanceOfSatisfying(NotFired.class, n -> assertThat(n.reason()).contains("2021/555", "not in the registry"));
        }

        @Test
        void findsTheCaseByItsNumberWhenTheRequestCitesIt() {
            var finding = decision("decision-wgad", "proceeding-case", Decision.Outcome.FINDING, LocalDate.of(2020, 11, 20),
                    List.of("person-brother"), Decision.Ground.ARBITRARY_DETENTION);
            fired(outcome("TNR-03", request().target("person-exile").reference("17 001".replace(' ', '-')).build(),
                    registry(exile(), brother(), theCase, finding)));
        }
    }

    @Nested
    class Flag04CoercionByProxy {
        @Test
        void firesWhenARelativeIsAccusedInTheSameCase() {
            var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile", "person-brother"), List.of(),
                    Proceeding.Type.CRIMINAL);
            Fired f = fired(outcome("TNR-04", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), brother(), siblings(), theCase)));
            assertThat(f.facts()).extracting(Fact::record).contains(RecordId.of("proceeding-case"), RecordId.of("rel-siblings"));
        }

        @Test
        void firesOnCoercionByProxyByTheRequestingState() {
            var hostage = incident("incident-hostage", Incident.Tactic.COERCION_BY_PROXY, REQUESTING, null, LocalDate.of(2020, 6, 1),
                    List.of("person-brother", "person-exile"), List.of());
            fired(outcome("TNR-04", request().target("person-exile").build(), registry(exile(), brother(), siblings(), hostage)));
        }

        @Test
        void doesNotFireWhenTheRelativeIsNotInTheCase() {
            var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
            assertThat(outcome("TNR-04", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), brother(), siblings(), theCase))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWhenTheRequestCitesNoCase() {
            notEvaluable(outcome("TNR-04", request().target("person-exile").build(), registry(exile(), brother(), siblings())));
            assertThat(outcome("TNR-04", request().target("person-exile").reference("2021/555").build(),
                    registry(exile(), brother(), siblings()))).isInstanceOf(NotFired.class);
        }
    }

    @Nested
    class Flag05RefusedElsewhere {
        Proceeding theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);

        @Test
        void firesOnAnotherStatesRefusalInTheSameCaseOnPoliticalGrounds() {
            var other = request().id("request-other").target("person-exile").proceeding("proceeding-case").build();
            var refusal = decision("decision-refusal", "request-other", Decision.Outcome.REFUSED, LocalDate.of(2020, 12, 5),
                    List.of(), Decision.Ground.POLITICAL_MOTIVATION);
            fired(outcome("TNR-05", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), theCase, other, refusal)));
        }

        @Test
        void firesOnANoticeDeletionConcerningThePerson() {
            var notice = request().id("request-notice").target("person-exile").build();
            var deletion = decision("decision-ccf", "request-notice", Decision.Outcome.NOTICE_DELETED, LocalDate.of(2019, 1, 1),
                    List.of("person-exile"), Decision.Ground.INTERPOL_CONSTITUTION_ARTICLE_3);
            fired(outcome("TNR-05", request().target("person-exile").build(), registry(exile(), notice, deletion)));
        }

        @Test
        void doesNotFireOnAProceduralRefusal() {
            var other = request().id("request-other").target("person-exile").proceeding("proceeding-case").build();
            var refusal = decision("decision-refusal", "request-other", Decision.Outcome.REFUSED, LocalDate.of(2020, 12, 5),
                    List.of(), Decision.Ground.PROCEDURAL);
            assertThat(outcome("TNR-05", request().target("person-exile").proceeding("proceeding-case").build(),
                    registry(exile(), theCase, other, refusal))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWithoutCaseOrTarget() {
            notEvaluable(outcome("TNR-05", request().unresolvedTarget("X").build(), registry()));
        }
    }

    @Nested
    class Flag06Proxy {
        @Test
        void firesOnARequestMadeOnBehalfOfAnotherState() {
            fired(outcome("TNR-06", request().target("person-exile").onBehalfOf(THIRD).build(), registry(exile())));
        }

        @Test
        void firesWhenTheCaseOriginatesElsewhere() {
            var foreignCase = proceeding("proceeding-case", THIRD, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
            fired(outcome("TNR-06", request().target("person-exile").proceeding("proceeding-case").build(), registry(exile(), foreignCase)));
        }

        @Test
        void firesWhenTheTargetHasNoTieToTheRequesterButAnotherStatePursuesThem() {
            var stranger = person("person-stranger", List.of(THIRD), List.of(HOST));
            var listing = incident("incident-list", Incident.Tactic.NATIONAL_WANTED_LIST, THIRD, null, LocalDate.of(2019, 1, 1),
                    List.of("person-stranger"), List.of());
            fired(outcome("TNR-06", request().target("person-stranger").build(), registry(stranger, listing)));
        }

        @Test
        void doesNotFireOnCrossBorderCrimeWithNoOtherStateBehind() {
            var foreigner = person("person-foreigner", List.of(THIRD), List.of(HOST));
            assertThat(outcome("TNR-06", request().target("person-foreigner").build(), registry(foreigner))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellTheLinkOfAnUnidentifiedTarget() {
            notEvaluable(outcome("TNR-06", request().unresolvedTarget("X").build(), registry()));
        }
    }

    @Nested
    class Flag07Victim {
        @Test
        void firesOnAComplainantControlledByTheRequestingState() {
            var bank = company("org-bank", Organisation.Type.BANK, REQUESTING, REQUESTING);
            fired(outcome("TNR-07", request().target("person-exile").complainant("org-bank")
                    .offences(Charge.of("laundering", Charge.Category.MONEY_LAUNDERING)).build(), registry(exile(), bank)));
        }

        @Test
        void firesWhenTheCaseBehindIsCivil() {
            var civil = proceeding("proceeding-civil", REQUESTING, "C-1", List.of("person-exile"), List.of(), Proceeding.Type.CIVIL);
            fired(outcome("TNR-07", request().target("person-exile").proceeding("proceeding-civil").build(), registry(exile(), civil)));
        }

        @Test
        void doesNotFireOnAPrivateCompanyOrAStateBodyAsComplainant() {
            var shop = company("org-shop", Organisation.Type.COMPANY, REQUESTING, null);
            var ministry = company("org-ministry", Organisation.Type.GOVERNMENT_BODY, REQUESTING, REQUESTING);
            var fraud = request().target("person-exile").complainant("org-shop").complainant("org-ministry")
                    .offences(Charge.of("fraud", Charge.Category.FRAUD)).build();
            assertThat(outcome("TNR-07", fraud, registry(exile(), shop, ministry))).isInstanceOf(NotFired.class);
            assertThat(outcome("TNR-07", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWhoTheInjuredPartyOfAnEconomicOffenceIs() {
            notEvaluable(outcome("TNR-07", request().target("person-exile").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(),
                    registry(exile())));
        }
    }

    @Nested
    class Flag08Profile {
        @Test
        void firesOnAJournalistAndOnALawyerOfAnOppositionLeader() {
            var journalist = person("person-j", List.of(REQUESTING), List.of(HOST), Person.Role.JOURNALIST);
            fired(outcome("TNR-08", request().target("person-j").build(), registry(journalist)));
            var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
            var leader = person("person-leader", List.of(REQUESTING), List.of(HOST), Person.Role.OPPOSITION_LEADER);
            var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-leader", null);
            assertThat(fired(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, leader, tie))).facts())
                    .extracting(Fact::record).contains(RecordId.of("rel-counsel"));
        }

        @Test
        void doesNotFireOnABusinessPersonOrALawyerOfOrdinaryClients() {
            var trader = person("person-t", List.of(REQUESTING), List.of(HOST), Person.Role.BUSINESS_PERSON);
            assertThat(outcome("TNR-08", request().target("person-t").build(), registry(trader))).isInstanceOf(NotFired.class);
            var lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
            var client = person("person-c", List.of(REQUESTING), List.of(HOST));
            var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", null);
            assertThat(outcome("TNR-08", request().target("person-l").build(), registry(lawyer, client, tie))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellTheProfileOfAnUnidentifiedTarget() {
            notEvaluable(outcome("TNR-08", request().unresolvedTarget("X").build(), registry()));
        }
    }

    @Nested
    class Flag09Privilege {
        Person lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);

        @Test
        void firesOnASearchOfALawyersHome() {
            var req = request().target("person-l").measure(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "flat at a named address").build();
            fired(outcome("TNR-09", req, registry(lawyer)));
        }

        @Test
        void doesNotFireOnBankRecordsOfALawyerOrASearchOfANonLawyer() {
            var bank = request().target("person-l").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build();
            assertThat(outcome("TNR-09", bank, registry(lawyer))).isInstanceOf(NotFired.class);
            var search = request().target("person-exile").measure(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "flat").build();
            assertThat(outcome("TNR-09", search, registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWhetherAnUnidentifiedTargetIsALawyer() {
            var search = request().unresolvedTarget("X").measure(Measure.Kind.SEIZE_DEVICES, Measure.Scope.SPECIFIC, "phone").build();
            notEvaluable(outcome("TNR-09", search, registry()));
        }
    }

    @Nested
    class Flag10Fishing {
        @Test
        void firesOnOpenEndedMeasuresOrMissingFacts() {
            var all = request().target("person-exile").measure(Measure.Kind.SEIZE_DEVICES, Measure.Scope.OPEN_ENDED, "all devices").build();
            fired(outcome("TNR-10", all, registry(exile())));
            var vague = request().target("person-exile").facts().measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X").build();
            assertThat(fired(outcome("TNR-10", vague, registry(exile()))).facts()).extracting(Fact::statement)
                    .contains("the request states no facts");
        }

        @Test
        void doesNotFireOnSpecificMeasures() {
            var specific = request().target("person-exile").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.SPECIFIC, "account X, 2020").build();
            assertThat(outcome("TNR-10", specific, registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellTheScopeWhenItIsNotRecorded() {
            var unknown = request().target("person-exile").measure(Measure.Kind.BANK_RECORDS, Measure.Scope.UNSPECIFIED, null).build();
            notEvaluable(outcome("TNR-10", unknown, registry(exile())));
        }
    }

    @Nested
    class Flag11ForeignOfficials {
        @Test
        void firesWhenOfficialsAreToAttendAndNotOtherwise() {
            var attend = request().target("person-exile").measure(Measure.Kind.FOREIGN_OFFICIALS_PRESENT, Measure.Scope.SPECIFIC, "two investigators").build();
            fired(outcome("TNR-11", attend, registry(exile())));
            assertThat(outcome("TNR-11", request().target("person-exile").build(), registry(exile()))).isInstanceOf(NotFired.class);
        }
    }

    @Nested
    class Flag12Pressure {
        @Test
        void firesOnPressureOnHostOfficialsAboutTheTargetOrAnInformalChannel() {
            var letters = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, HOST, LocalDate.of(2021, 4, 1),
                    List.of("person-exile"), List.of());
            fired(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), letters)));
            fired(outcome("TNR-12", request().target("person-exile").channel(CooperationRequest.Channel.INFORMAL).build(), registry(exile())));
        }

        @Test
        void doesNotFireOnPressureInAnotherHostStateOrAFormalChannel() {
            var elsewhere = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, NEIGHBOUR,
                    LocalDate.of(2021, 4, 1), List.of("person-exile"), List.of());
            assertThat(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), elsewhere))).isInstanceOf(NotFired.class);
        }

        @Test
        void doesNotSeePressureRecordedAfterTheScreeningDate() {
            var later = incident("incident-letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, REQUESTING, HOST, LocalDate.of(2021, 8, 1),
                    List.of("person-exile"), List.of());
            assertThat(outcome("TNR-12", request().target("person-exile").build(), registry(exile(), later))).isInstanceOf(NotFired.class);
        }
    }

    @Nested
    class Flag13Pretext {
        @Test
        void firesOnEconomicChargesAgainstAnActivist() {
            var activist = person("person-a", List.of(REQUESTING), List.of(HOST), Person.Role.ACTIVIST);
            fired(outcome("TNR-13", request().target("person-a").offences(Charge.of("embezzlement", Charge.Category.EMBEZZLEMENT)).build(),
                    registry(activist)));
        }

        @Test
        void firesOnEconomicAllegationsADecadeOld() {
            var old = new Charge("fraud", Charge.Category.FRAUD, java.util.Optional.of(LocalDate.of(2008, 1, 1)),
                    java.util.Optional.of(LocalDate.of(2009, 6, 1)));
            fired(outcome("TNR-13", request().target("person-exile").offences(old).build(), registry(exile())));
        }

        @Test
        void doesNotFireOnRecentFraudBySomeoneWithoutProfileNorOnDrugCharges() {
            assertThat(outcome("TNR-13", request().target("person-exile").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(),
                    registry(exile()))).isInstanceOf(NotFired.class);
            var activist = person("person-a", List.of(REQUESTING), List.of(HOST), Person.Role.ACTIVIST);
            assertThat(outcome("TNR-13", request().target("person-a").build(), registry(activist))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellTheProfileOfAnUnidentifiedTarget() {
            notEvaluable(outcome("TNR-13", request().unresolvedTarget("X").offences(Charge.of("fraud", Charge.Category.FRAUD)).build(), registry()));
        }
    }

    static final String STATEMENT = "On the evening of the twelfth of March I was at the office of the company on Lenin street. "
            + "The director told me that the money from the state contract had to be transferred to an account abroad. "
            + "He said the accused had personally ordered the transfer and signed the payment orders himself. "
            + "I saw the documents on his desk and recognised the signature of the accused on every page. "
            + "Later the accountant confirmed to me that more than two million had left the company in this way.";

    @Nested
    class Flag14Evidence {
        @Test
        void firesOnNearIdenticalStatementsOfDifferentWitnesses() {
            String reordered = "I saw the documents on his desk and recognised the signature of the accused on each page. "
                    + "On the evening of the twelfth of March I was at the office of the company on Lenin street. "
                    + "He said that the accused had personally ordered the transfer and signed the payment orders himself. "
                    + "The director told me that the money from the state contract had to be moved to an account abroad. "
                    + "Later the accountant confirmed to me that more than two million had left the company in this way.";
            var req = request().target("person-exile")
                    .attach("record-1", Attachment.Kind.INTERROGATION_RECORD, "Witness One", STATEMENT)
                    .attach("record-2", Attachment.Kind.INTERROGATION_RECORD, "Witness Two", reordered).build();
            assertThat(fired(outcome("TNR-14", req, registry(exile()))).facts()).singleElement()
                    .satisfies(f -> assertThat(f.statement()).contains("record-1", "record-2", "containment"));
            // the report carries the shared passages, as offsets into each attachment, for highlighting
            ScreeningReport report = SCREENING.screen(req, registry(exile()), AS_OF);
            assertThat(report.similarStatements()).singleElement().satisfies(s -> {
                assertThat(s.first()).isEqualTo("record-1");
                // a passage starts and ends on five words the two texts share, whatever edits it bridges
                assertThat(s.similarity().passages()).isNotEmpty().allSatisfy(p -> {
                    List<String> first = List.of(p.inFirst(STATEMENT).toLowerCase().split("\\W+"));
                    List<String> second = List.of(p.inSecond(reordered).toLowerCase().split("\\W+"));
                    assertThat(first.subList(0, 5)).isEqualTo(second.subList(0, 5));
                    assertThat(first.subList(first.size() - 5, first.size())).isEqualTo(second.subList(second.size() - 5, second.size()));
                });
            });
        }

        @Test
        void firesOnAConvictionInAbsentia() {
            var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
            var conviction = new Decision(RecordId.of("decision-conviction"), RecordId.of("proceeding-case"), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.of(LocalDate.of(2020, 5, 1)), Decision.Outcome.CONVICTED, java.util.Set.of(),
                    java.util.Optional.of("sentenced to 12 years"), List.of(RecordId.of("person-exile")),
                    Fixtures.cited(LocalDate.of(2020, 5, 1)), true);
            fired(outcome("TNR-14", request().target("person-exile").proceeding("proceeding-case").build(), registry(exile(), theCase, conviction)));
        }

        @Test
        void doesNotFireOnDifferentStatementsOrTheSameWitnessTwice() {
            String other = "I work as a driver and I did not see any documents. On that day I drove the director to the airport "
                    + "and waited for him for three hours. He did not speak to me about money or about any transfer. "
                    + "I do not know the accused personally and have only seen him twice at company parties in the summer.";
            var req = request().target("person-exile")
                    .attach("record-1", Attachment.Kind.WITNESS_STATEMENT, "Witness One", STATEMENT)
                    .attach("record-2", Attachment.Kind.WITNESS_STATEMENT, "Witness Two", other)
                    .attach("record-3", Attachment.Kind.WITNESS_STATEMENT, "witness one", STATEMENT).build();
            assertThat(outcome("TNR-14", req, registry(exile()))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWithoutStatementsOrWhenTheyAreNotText() {
            notEvaluable(outcome("TNR-14", request().target("person-exile").build(), registry(exile())));
            var pdf = request().target("person-exile")
                    .attach("scan-1", Attachment.Kind.INTERROGATION_RECORD, "A", "%PDF-1.7 4 0 obj << /Length 5 >> stream")
                    .attach("scan-2", Attachment.Kind.INTERROGATION_RECORD, "B", STATEMENT).build();
            assertThat(notEvaluable(outcome("TNR-14", pdf, registry(exile()))).missing()).contains("scan-1", "PDF");
        }
    }

    @Nested
    class Flag15Record {
        @Test
        void firesOnIncidentsByTheRequestingStateAndNotOnOthers() {
            var abroad = incident("incident-assault", Incident.Tactic.ASSAULT, REQUESTING, NEIGHBOUR, LocalDate.of(2020, 2, 2), List.of(), List.of());
            fired(outcome("TNR-15", request().build(), registry(abroad)));
            var byOther = incident("incident-assault", Incident.Tactic.ASSAULT, THIRD, NEIGHBOUR, LocalDate.of(2020, 2, 2), List.of(), List.of());
            assertThat(outcome("TNR-15", request().build(), registry(byOther))).isInstanceOf(NotFired.class);
        }
    }

    @Nested
    class Flag16Timing {
        Person lawyer = person("person-l", List.of(REQUESTING), List.of(HOST), Person.Role.LAWYER);
        Person client = person("person-c", List.of(REQUESTING), List.of(HOST));

        @Test
        void firesWhenTheRequestFollowsTakingOnAClient() {
            var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
            Fired f = fired(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, tie)));
            assertThat(f.facts()).extracting(Fact::statement).anyMatch(s -> s.contains("20 days later"));
        }

        @Test
        void doesNotFireWhenTheActivityIsLongBeforeOrAfter() {
            var before = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusYears(3));
            assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, before))).isInstanceOf(NotFired.class);
            var after = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.plusDays(10));
            assertThat(outcome("TNR-16", request().target("person-l").build(), registry(lawyer, client, after))).isInstanceOf(NotFired.class);
        }

        @Test
        void cannotTellWithoutTheRequestDateOrTheTarget() {
            var tie = relation("rel-counsel", Relationship.Type.LAWYER_CLIENT, "person-l", "person-c", Fixtures.REQUEST_DATE.minusDays(20));
            notEvaluable(outcome("TNR-16", request().target("person-l").date(null).build(), registry(lawyer, client, tie)));
            notEvaluable(outcome("TNR-16", request().unresolvedTarget("X").build(), registry()));
        }
    }
}
