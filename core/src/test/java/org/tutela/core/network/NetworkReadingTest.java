package org.tutela.core.network;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;

/**
 * The network's reading on minimal invented registries: which records a case and a person bring in, how a
 * case's records are grouped, who is put in the middle, and that nothing outside the view is drawn.
 */
class NetworkReadingTest {
    static final Country HOME = Country.of("BY");
    static final Country HOST = Country.of("LT");
    static final Country OTHER_HOST = Country.of("LV");

    static RecordId id(String value) {
        return RecordId.of(value);
    }

    static Provenance cited(String passage) {
        return Provenance.of(Citation.of(id("source-x"), passage));
    }

    static Person person(String id) {
        return new Person(id(id), List.of(PersonName.of("Given " + id, "Surname", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(HOME), List.of(), Set.of(), Optional.empty(),
                Provenance.of(LocalDate.of(2015, 1, 1), Citation.of(id("source-x"), "p")));
    }

    static Proceeding proceeding(String id, Country state, String number, String... accused) {
        return new Proceeding(id(id), state, number, Proceeding.Type.CRIMINAL, Optional.empty(), List.of(),
                List.of(accused).stream().map(RecordId::of).toList(), List.of(), Optional.empty(), Proceeding.Status.OPEN,
                List.of(), Optional.empty(), cited("c"));
    }

    static CooperationRequest request(String id, Country to, LocalDate date, String target, String proceeding, String... numbers) {
        return new CooperationRequest(id(id), CooperationRequest.Type.MLA, HOME, to, Optional.of(ApproximateDate.of(date)), List.of(numbers), Optional.empty(),
                Optional.ofNullable(proceeding).map(RecordId::of),
                List.of(new NamedPerson("Name of " + target, Optional.of(id(target)), NamedPerson.Role.TARGET, Optional.empty())),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), cited("r"));
    }

    static Incident incident(String id, Country by, LocalDate date, String target, String passage, String... numbers) {
        return new Incident(id(id), Incident.Tactic.COERCION_BY_PROXY, by, Incident.ActingParty.STATE, List.of(), Optional.of(HOST),
                List.of(id(target)), Optional.of(ApproximateDate.of(date)), Optional.empty(), Optional.empty(), Optional.empty(), List.of(numbers), List.of(),
                Optional.empty(), "an invented incident", List.of(), cited(passage));
    }

    static Decision refusal(String id, String subject, String... concerning) {
        return new Decision(id(id), id(subject), Optional.empty(), Optional.of(HOST), Optional.of(ApproximateDate.on(2021, 5, 1)),
                Decision.Outcome.REFUSED, Set.of(), Optional.empty(), List.of(concerning).stream().map(RecordId::of).toList(), cited("d"), false);
    }

    static Relationship family(String id, String from, String to) {
        return new Relationship(id(id), Relationship.Type.FAMILY, id(from), id(to), Optional.empty(), cited("f"));
    }

    /** A case against a woman and her brother: requests to two states, an act at home cited by number, a refusal. */
    static List<RegistryRecord> seedlike() {
        return new ArrayList<>(List.of(person("p-her"), person("p-brother"), person("p-stranger"), family("rel-1", "p-her", "p-brother"),
                proceeding("case-1", HOME, "17 000 12", "p-her", "p-brother"),
                request("r-host", HOST, LocalDate.of(2020, 1, 1), "p-her", "case-1"),
                request("r-other", OTHER_HOST, LocalDate.of(2020, 3, 1), "p-her", null, "1700012"),
                incident("i-hostage", HOME, LocalDate.of(2019, 11, 1), "p-brother", "custody [approximate date: November 2019]", "№ 17 000 12"),
                refusal("d-refused", "r-host", "p-her"),
                proceeding("case-2", HOME, "99 1", "p-stranger"),
                request("r-unrelated", HOST, LocalDate.of(2022, 1, 1), "p-stranger", "case-2")));
    }

    static Set<String> ids(Network n) {
        return Set.copyOf(n.nodes().stream().map(x -> x.id().value()).toList());
    }

    @Test
    void aCaseIsDrawnAsItsRecordsAndTheirPartiesGroupedWithThePersonMostTargetedInTheMiddle() {
        List<RegistryRecord> records = seedlike();
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).first(case1);

        assertThat(ids(n)).containsExactlyInAnyOrder("case-1", "r-host", "r-other", "i-hostage", "d-refused", "p-her", "p-brother");
        assertThat(n.cases()).singleElement().satisfies(g -> {
            assertThat(g.proceeding()).isEqualTo(id("case-1"));
            assertThat(g.members()).extracting(RecordId::value).containsExactlyInAnyOrder("case-1", "r-host", "r-other", "i-hostage", "d-refused");
        });
        assertThat(n.node(id("r-other")).orElseThrow().caseKey()).contains(n.cases().get(0).key());
        assertThat(n.node(id("p-her")).orElseThrow().caseKey()).as("parties stand outside the case box").isEmpty();
        // she is accused and the target of two requests and a decision; her brother of the case and one incident
        assertThat(n.centre()).isEqualTo(id("p-her"));
        assertThat(n.focus()).isEqualTo(id("case-1"));
        assertThat(n.links()).anySatisfy(l -> {
            assertThat(Set.of(l.from(), l.to())).containsExactlyInAnyOrder(id("p-her"), id("p-brother"));
            assertThat(l.ties()).containsExactly(Relationship.Type.FAMILY);
        });
        assertThat(n.links()).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo(id("i-hostage"));
            assertThat(l.to()).isEqualTo(id("case-1"));
            assertThat(l.roles()).containsExactly(LinkRole.CASE_NUMBER);
            assertThat(l.caseLink()).isTrue();
        });
        assertThat(n.links()).allSatisfy(l -> assertThat(ids(n)).contains(l.from().value(), l.to().value()));
    }

    @Test
    void aPersonsNetworkGroupsEachOfHerCasesAndDoesNotOpenUpOtherParties() {
        List<RegistryRecord> records = seedlike();
        RegistryRecord her = records.get(0);
        Network n = new NetworkReading(RecordSet.of(records)).first(her);

        assertThat(n.centre()).isEqualTo(her.id());
        assertThat(ids(n)).contains("case-1", "r-host", "r-other", "d-refused", "p-brother").doesNotContain("case-2", "r-unrelated", "p-stranger");
        // her brother is drawn (family, co-accused) but his incident is his own network's
        assertThat(ids(n)).doesNotContain("i-hostage");
        assertThat(n.cases()).singleElement().satisfies(g -> assertThat(g.members()).extracting(RecordId::value)
                .containsExactlyInAnyOrder("case-1", "r-host", "r-other", "d-refused"));
    }

    @Test
    void aNumberCitedByAnotherStateIsNotThatCase() {
        List<RegistryRecord> records = seedlike();
        records.add(incident("i-foreign", HOST, LocalDate.of(2020, 2, 2), "p-her", "x", "17 000 12"));
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).ofCase(case1);
        assertThat(ids(n)).doesNotContain("i-foreign");
    }

    @Test
    void onlyWhatTheViewShowsIsDrawn() {
        List<RegistryRecord> records = seedlike();
        records.removeIf(r -> r.id().value().equals("r-other") || r.id().value().equals("p-brother") || r.id().value().equals("rel-1"));
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).first(case1);
        assertThat(ids(n)).doesNotContain("r-other", "p-brother").contains("r-host", "i-hostage");
        assertThat(n.links()).noneSatisfy(l -> assertThat(l.ties()).isNotEmpty());
    }

    @Test
    void eachRecordCarriesItsStatesAndItsDateApproximateWhereTheSourceSaysSo() {
        List<RegistryRecord> records = seedlike();
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).ofCase(case1);
        NetworkNode hostage = n.node(id("i-hostage")).orElseThrow();
        assertThat(hostage.states()).containsExactlyInAnyOrder(HOME, HOST);
        assertThat(hostage.date()).contains(ApproximateDate.on(2019, 11, 1));
        assertThat(hostage.approximate()).isTrue();
        NetworkNode request = n.node(id("r-other")).orElseThrow();
        assertThat(request.states()).containsExactlyInAnyOrder(HOME, OTHER_HOST);
        assertThat(request.approximate()).isFalse();
        // a party is no event: a date its record carries is not a point on the case's timeline
        assertThat(n.node(id("p-her")).orElseThrow().date()).isEmpty();
    }

    @Test
    void aLinkSaidTwiceIsOneLineWithBothRoles() {
        List<RegistryRecord> records = seedlike();
        records.add(request("r-both", HOST, LocalDate.of(2020, 6, 1), "p-her", "case-1", "17 000 12"));
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).ofCase(case1);
        assertThat(n.linksOf(id("r-both"))).filteredOn(l -> l.to().equals(id("case-1")) || l.from().equals(id("case-1")))
                .singleElement().satisfies(l -> assertThat(l.roles()).containsExactlyInAnyOrder(LinkRole.IN_CASE, LinkRole.CASE_NUMBER));
    }

    @Test
    void aPictureTooLargeToReadIsCutAndSaysSo() {
        List<RegistryRecord> records = seedlike();
        for (int i = 0; i < NetworkReading.MAX_NODES + 5; i++) {
            records.add(request("r-many-" + i, HOST, LocalDate.of(2020, 1, 1).plusDays(i), "p-her", "case-1"));
        }
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        Network n = new NetworkReading(RecordSet.of(records)).ofCase(case1);
        assertThat(n.nodes()).hasSize(NetworkReading.MAX_NODES);
        assertThat(n.truncated()).isTrue();
        assertThat(new NetworkReading(RecordSet.of(seedlike())).ofCase(case1).truncated()).isFalse();
    }

    @Test
    void aCasesFirstViewLeavesTheBodiesThatDecidedOrRanItToTheStepsAround() {
        List<RegistryRecord> records = seedlike();
        Organisation court = new Organisation(id("org-court"), "A court", List.of(), Organisation.Type.COURT, Optional.of(HOST),
                Optional.empty(), Optional.empty(), cited("o"));
        Organisation bank = new Organisation(id("org-bank"), "A bank", List.of(), Organisation.Type.BANK, Optional.of(HOME),
                Optional.of(HOME), Optional.empty(), cited("o"));
        records.add(court);
        records.add(bank);
        records.add(new Decision(id("d-court"), id("r-host"), Optional.of(court.id()), Optional.of(HOST), Optional.of(ApproximateDate.on(2021, 6, 1)),
                Decision.Outcome.REFUSED, Set.of(), Optional.empty(), List.of(id("p-her")), cited("d"), false));
        Proceeding case1 = (Proceeding) records.stream().filter(r -> r.id().value().equals("case-1")).findFirst().orElseThrow();
        records.set(records.indexOf(case1), case1 = new Proceeding(case1.id(), HOME, case1.caseNumber(), case1.type(), Optional.of(court.id()),
                List.of(), case1.accused(), List.of(bank.id()), Optional.empty(), case1.status(), List.of(), Optional.empty(), case1.provenance()));
        NetworkReading reading = new NetworkReading(RecordSet.of(records));
        assertThat(ids(reading.first(case1))).contains("d-court", "org-bank").doesNotContain("org-court");
        assertThat(ids(reading.around(case1, 1))).contains("org-court", "org-bank");
    }
}
