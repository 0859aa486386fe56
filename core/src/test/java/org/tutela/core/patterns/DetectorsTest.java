package org.tutela.core.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.patterns.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;

/** Each detector on a minimal fixture of its own: one that makes it fire, one just short of it. */
class DetectorsTest {

    static List<Finding> run(Detector detector, RegistryRecord... records) {
        return detector.detect(new CaseMap(RecordSet.of(List.of(records))));
    }

    static List<RecordId> evidence(Finding f, Part part) {
        return f.evidence(part).stream().map(Evidence::record).toList();
    }

    @Nested
    class OneCaseAcrossStates {
        final Detector detector = new CaseAcrossStates();

        @Test
        void requestsToTwoStatesInOneCaseAreOneFinding() {
            var found = run(detector, person("p-a"), proceeding("case-1", PERSECUTOR, "17 000"),
                    mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), mla("r-2", OTHER_HOST, day(2020, 2, 1), "p-a", "case-1"));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.anchor()).isEqualTo(RecordId.of("case-1"));
                assertThat(f.states()).containsExactly(HOST, OTHER_HOST);
                assertThat(evidence(f, Part.REQUEST)).containsExactly(RecordId.of("r-1"), RecordId.of("r-2"));
                assertThat(f.evidence()).allSatisfy(e -> assertThat(e.citations()).isNotEmpty());
            });
        }

        @Test
        void requestsToOneStateAreNot() {
            assertThat(run(detector, person("p-a"), proceeding("case-1", PERSECUTOR, "17 000"),
                    mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), mla("r-2", HOST, day(2020, 2, 1), "p-a", "case-1"))).isEmpty();
        }
    }

    @Nested
    class CaseAgainstTheRelatives {
        final Detector detector = new CaseAgainstRelatives();

        @Test
        void aRequestAndTheArrestOfABrotherInOneCase() {
            var arrest = incident("arrest", Incident.Tactic.COERCION_BY_PROXY, day(2020, 3, 1), List.of("p-brother"), List.of("case-1"), List.of());
            var found = run(detector, person("p-a"), person("p-brother"), family("fam", "p-a", "p-brother"),
                    proceeding("case-1", PERSECUTOR, "17 000"), mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), arrest);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(evidence(f, Part.ACT_AGAINST_RELATIVE)).containsExactly(RecordId.of("arrest"));
                assertThat(evidence(f, Part.FAMILY_TIE)).containsExactly(RecordId.of("fam"));
            });
        }

        @Test
        void aRequestAbroadAgainstTheBrotherIsNotAnActAtHome() {
            var request = incident("mla", Incident.Tactic.MLA_REQUEST, day(2020, 3, 1), List.of("p-brother"), List.of("case-1"), List.of());
            assertThat(run(detector, person("p-a"), person("p-brother"), family("fam", "p-a", "p-brother"),
                    proceeding("case-1", PERSECUTOR, "17 000"), mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), request)).isEmpty();
        }

        @Test
        void anArrestInAnotherCaseIsNot() {
            var arrest = incident("arrest", Incident.Tactic.COERCION_BY_PROXY, day(2020, 3, 1), List.of("p-brother"), List.of("case-2"), List.of());
            assertThat(run(detector, person("p-a"), person("p-brother"), family("fam", "p-a", "p-brother"),
                    proceeding("case-1", PERSECUTOR, "17 000"), proceeding("case-2", PERSECUTOR, "18 000"),
                    mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), arrest)).isEmpty();
        }
    }

    @Nested
    class FamilyTargetedTogether {
        final Detector detector = new FamilyInSameCase();

        @Test
        void siblingsAccusedInOneCase() {
            var found = run(detector, person("p-a"), person("p-b"), family("fam", "p-a", "p-b"), proceeding("case-1", PERSECUTOR, "1", "p-a", "p-b"));
            assertThat(found).singleElement().satisfies(f -> assertThat(f.anchor()).isEqualTo(RecordId.of("case-1")));
        }

        @Test
        void relativesTargetedByOneActOutsideAnyCase() {
            var act = incident("act", Incident.Tactic.COERCION_BY_PROXY, null, List.of("p-a", "p-b"), List.of(), List.of());
            assertThat(run(detector, person("p-a"), person("p-b"), family("fam", "p-a", "p-b"), act))
                    .singleElement().satisfies(f -> assertThat(f.anchor()).isEqualTo(RecordId.of("act")));
        }

        @Test
        void strangersAccusedTogetherAreNot() {
            assertThat(run(detector, person("p-a"), person("p-b"), proceeding("case-1", PERSECUTOR, "1", "p-a", "p-b"))).isEmpty();
        }
    }

    @Nested
    class ForumShopping {
        final Detector detector = new ResentAfterRefusal();

        @Test
        void aRequestToAnotherStateAfterARefusal() {
            var found = run(detector, person("p-a"), mla("r-1", HOST, day(2019, 1, 1), "p-a", null),
                    decision("no", "r-1", Decision.Outcome.REFUSED, day(2019, 6, 1), "p-a"),
                    mla("r-2", OTHER_HOST, day(2020, 1, 1), "p-a", null));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.anchor()).isEqualTo(RecordId.of("no"));
                assertThat(evidence(f, Part.LATER_REQUEST)).containsExactly(RecordId.of("r-2"));
            });
        }

        @Test
        void aRequestBeforeTheRefusalOrToTheSameStateIsNot() {
            assertThat(run(detector, person("p-a"), mla("r-1", HOST, day(2019, 1, 1), "p-a", null),
                    decision("no", "r-1", Decision.Outcome.REFUSED, day(2019, 6, 1), "p-a"),
                    mla("r-0", OTHER_HOST, day(2019, 3, 1), "p-a", null), mla("r-2", HOST, day(2020, 1, 1), "p-a", null))).isEmpty();
        }

        @Test
        void aProxyStateActingForTheRefusedStateCounts() {
            var proxied = request("r-2", CooperationRequest.Type.EXTRADITION, PROXY, OTHER_HOST, day(2020, 1, 1), "p-a", null, PERSECUTOR, null);
            assertThat(run(detector, person("p-a"), mla("r-1", HOST, day(2019, 1, 1), "p-a", null),
                    decision("no", "r-1", Decision.Outcome.ANNULLED, day(2019, 6, 1), "p-a"), proxied)).hasSize(1);
        }
    }

    @Nested
    class NoticeReissued {
        final Detector detector = new NoticeAfterDeletion();

        static CooperationRequest notice(String id, java.time.LocalDate date) {
            return request(id, CooperationRequest.Type.RED_NOTICE, PERSECUTOR, HOST, date, "p-a", null, null, null);
        }

        @Test
        void aNewNoticeAfterTheDeletion() {
            var found = run(detector, person("p-a"), notice("n-1", day(2015, 1, 1)),
                    decision("deleted", "n-1", Decision.Outcome.NOTICE_DELETED, day(2017, 1, 1), "p-a"), notice("n-2", day(2018, 1, 1)));
            assertThat(found).singleElement().satisfies(f -> assertThat(evidence(f, Part.LATER_REQUEST)).containsExactly(RecordId.of("n-2")));
        }

        @Test
        void aNoticeNeverDeletedIsNot() {
            assertThat(run(detector, person("p-a"), notice("n-1", day(2015, 1, 1)), notice("n-2", day(2018, 1, 1)))).isEmpty();
        }
    }

    @Nested
    class ByProxy {
        final Detector detector = new ProxyRequest();

        @Test
        void aStateRequestingOnBehalfOfAnother() {
            var proxied = request("r-1", CooperationRequest.Type.EXTRADITION, PROXY, HOST, day(2020, 1, 1), "p-a", null, PERSECUTOR, null);
            assertThat(run(detector, person("p-a"), proxied)).singleElement()
                    .satisfies(f -> assertThat(f.states()).containsExactlyInAnyOrder(PERSECUTOR, PROXY, HOST));
        }

        @Test
        void aStateRequestingInAnotherStatesCase() {
            var proxied = request("r-1", CooperationRequest.Type.MLA, PROXY, HOST, day(2020, 1, 1), "p-a", "case-1", null, null);
            assertThat(run(detector, person("p-a"), proceeding("case-1", PERSECUTOR, "1"), proxied)).hasSize(1);
        }

        @Test
        void aStateRequestingInItsOwnCaseIsNot() {
            assertThat(run(detector, person("p-a"), proceeding("case-1", PERSECUTOR, "1"), mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"))).isEmpty();
        }
    }

    @Nested
    class StateControlledComplainant {
        final Detector detector = new ControlledComplainant();

        @Test
        void aBankTheStateOwnsComplains() {
            var bank = organisation("bank", Organisation.Type.BANK, PERSECUTOR);
            var r = request("r-1", CooperationRequest.Type.MLA, PERSECUTOR, HOST, day(2020, 1, 1), "p-a", null, null, "bank");
            assertThat(run(detector, person("p-a"), bank, r)).singleElement().satisfies(f -> {
                assertThat(f.states()).containsExactly(PERSECUTOR);
                assertThat(evidence(f, Part.COMPLAINT)).containsExactly(RecordId.of("r-1"));
            });
        }

        @Test
        void controlThroughAHoldingCounts() {
            var fund = organisation("fund", Organisation.Type.COMPANY, PERSECUTOR);
            var bank = organisation("bank", Organisation.Type.BANK, null);
            var r = request("r-1", CooperationRequest.Type.MLA, PERSECUTOR, HOST, day(2020, 1, 1), "p-a", null, null, "bank");
            assertThat(run(detector, person("p-a"), fund, bank, tie("owns", Relationship.Type.CONTROL, "fund", "bank"), r))
                    .singleElement().satisfies(f -> assertThat(evidence(f, Part.CONTROL)).containsExactlyInAnyOrder(RecordId.of("owns"), RecordId.of("fund")));
        }

        @Test
        void aPrivateComplainantIsNot() {
            var r = request("r-1", CooperationRequest.Type.MLA, PERSECUTOR, HOST, day(2020, 1, 1), "p-a", null, null, "bank");
            assertThat(run(detector, person("p-a"), organisation("bank", Organisation.Type.BANK, null), r)).isEmpty();
        }
    }

    @Nested
    class Enablers {
        @Test
        void aLawFirmOfAStateBankInTwoActs() {
            var records = new RegistryRecord[] {person("p-a"), organisation("bank", Organisation.Type.BANK, PERSECUTOR),
                    organisation("firm", Organisation.Type.LAW_FIRM, null), tie("retained", Relationship.Type.LAWYER_CLIENT, "firm", "bank"),
                    incident("letters", Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, day(2020, 1, 1), List.of("p-a"), List.of(), List.of("firm")),
                    incident("request", Incident.Tactic.EXTRADITION_REQUEST, day(2020, 2, 1), List.of("p-a"), List.of(), List.of("firm"))};
            assertThat(run(new EnablerAcrossCases(), records)).singleElement().satisfies(f -> {
                assertThat(f.anchor()).isEqualTo(RecordId.of("firm"));
                assertThat(evidence(f, Part.ACT)).containsExactly(RecordId.of("letters"), RecordId.of("request"));
            });
        }

        @Test
        void aFirmInOneActOrForNoStateIsNot() {
            assertThat(run(new EnablerAcrossCases(), person("p-a"), organisation("firm", Organisation.Type.LAW_FIRM, null),
                    incident("a", Incident.Tactic.SMEAR_CAMPAIGN, day(2020, 1, 1), List.of("p-a"), List.of(), List.of("firm")),
                    incident("b", Incident.Tactic.SMEAR_CAMPAIGN, day(2020, 2, 1), List.of("p-a"), List.of(), List.of("firm")))).isEmpty();
        }

        @Test
        void oneStateBankHiringASpyAndAPrFirm() {
            var records = new RegistryRecord[] {person("p-a"), organisation("bank", Organisation.Type.BANK, PERSECUTOR),
                    organisation("spies", Organisation.Type.PRIVATE_INTELLIGENCE_FIRM, null), organisation("pr", Organisation.Type.PR_FIRM, null),
                    tie("hired-spies", Relationship.Type.PROXY_OF, "spies", "bank"), tie("hired-pr", Relationship.Type.PROXY_OF, "pr", "bank"),
                    incident("watch", Incident.Tactic.PHYSICAL_SURVEILLANCE, day(2020, 1, 1), List.of("p-a"), List.of(), List.of("spies")),
                    incident("smear", Incident.Tactic.SMEAR_CAMPAIGN, day(2020, 2, 1), List.of("p-a"), List.of(), List.of("pr"))};
            assertThat(run(new FirmsForOnePrincipal(), records)).singleElement().satisfies(f -> {
                assertThat(f.anchor()).isEqualTo(RecordId.of("bank"));
                assertThat(evidence(f, Part.ACT)).containsExactly(RecordId.of("watch"), RecordId.of("smear"));
            });
            assertThat(run(new FirmsForOnePrincipal(), java.util.Arrays.copyOf(records, 6))).as("ties but no acts").isEmpty();
        }
    }

    @Nested
    class Pressure {
        final Detector detector = new PressureCampaign();

        static Incident pressure(String id, int year, List<String> linked) {
            return incident(id, Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, day(year, 1, 1), List.of("p-a"), linked, List.of());
        }

        @Test
        void lettersAndRemindersAboutOneRequest() {
            var found = run(detector, person("p-a"), mla("r-1", HOST, day(2016, 1, 1), "p-a", null),
                    pressure("letters", 2017, List.of("r-1")), pressure("reminder", 2020, List.of("r-1")));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.anchor()).isEqualTo(RecordId.of("r-1"));
                assertThat(evidence(f, Part.PRESSURE)).containsExactly(RecordId.of("letters"), RecordId.of("reminder"));
            });
        }

        @Test
        void repeatedPressureAboutAPersonWithoutARequest() {
            assertThat(run(detector, person("p-a"), pressure("a", 2017, List.of()), pressure("b", 2018, List.of())))
                    .singleElement().satisfies(f -> assertThat(f.anchor()).isEqualTo(RecordId.of("p-a")));
        }

        @Test
        void oneLetterIsNoCampaign() {
            assertThat(run(detector, person("p-a"), mla("r-1", HOST, day(2016, 1, 1), "p-a", null), pressure("letters", 2017, List.of("r-1")))).isEmpty();
        }
    }

    @Test
    void everyDetectorIsListedOnceAndHasAnId() {
        assertThat(Patterns.DETECTORS).extracting(Detector::id).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z-]+"));
    }

    @Test
    void findingsAboutARequestIncludeThoseOfItsCase() {
        var view = RecordSet.of(List.of(person("p-a"), proceeding("case-1", PERSECUTOR, "17 000"),
                mla("r-1", HOST, day(2020, 1, 1), "p-a", "case-1"), mla("r-2", OTHER_HOST, day(2020, 2, 1), "p-a", "case-1"),
                mla("r-3", OTHER_HOST, day(2020, 2, 1), "p-a", null)));
        assertThat(Patterns.standard().findingsAbout(view, RecordId.of("r-1"))).extracting(Finding::detector).contains("case-across-states");
        assertThat(Patterns.standard().findingsAbout(view, RecordId.of("r-3"))).isEmpty();
    }
}
