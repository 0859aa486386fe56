package org.tutela.exchange.demo.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tutela.core.patterns.Evidence;
import org.tutela.core.patterns.Finding;
import org.tutela.core.patterns.Part;
import org.tutela.core.patterns.Patterns;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.exchange.demo.DemoCase;

/**
 * The patterns the detectors find in the seed case, written down. Persons, organisations and cases are
 * looked up by name and case number, never by the demo's ids.
 */
class SeedCasePatternsTest {
    static final RecordSet SEED = DemoCase.recordSet();
    static final List<Finding> FINDINGS = Patterns.standard().find(SEED);
    static final Country KZ = Country.of("KZ");
    static final Country BE = Country.of("BE");
    static final Country LI = Country.of("LI");
    static final Country UA = Country.of("UA");

    static <T extends RegistryRecord> RecordId one(Class<T> type, Predicate<T> which) {
        List<T> found = SEED.all(type).stream().filter(which).toList();
        assertThat(found).as("seed %s", type.getSimpleName()).hasSize(1);
        return found.get(0).id();
    }

    static RecordId person(String surname) {
        return one(Person.class, p -> p.primaryName().full().contains(surname));
    }

    static RecordId organisation(String name) {
        return one(Organisation.class, o -> o.name().equals(name));
    }

    static final RecordId CASE = one(Proceeding.class, p -> p.caseNumber().equals("170000131000012"));
    static final RecordId MLA_2018 = RecordId.of("request-kz-be-mla-2018-03-30");

    static List<Finding> of(String detector) {
        return FINDINGS.stream().filter(f -> f.detector().equals(detector)).toList();
    }

    static Finding anchoredOn(String detector, RecordId anchor) {
        List<Finding> found = of(detector).stream().filter(f -> f.anchor().equals(anchor)).toList();
        assertThat(found).as("%s on %s among %s", detector, anchor, of(detector)).hasSize(1);
        return found.get(0);
    }

    static List<RecordId> records(Finding f, Part part) {
        return f.evidence(part).stream().map(Evidence::record).toList();
    }

    static RecordId request(Predicate<CooperationRequest> which) {
        return one(CooperationRequest.class, which);
    }

    @Test
    void case170000131000012IsBehindRequestsToBelgiumAndLiechtenstein() {
        Finding f = anchoredOn("case-across-states", CASE);
        assertThat(f.states()).containsExactly(BE, LI);
        RecordId extradition = request(r -> r.type() == CooperationRequest.Type.EXTRADITION && r.requestingState().equals(KZ)
                && r.requestedState().equals(BE));
        RecordId liechtenstein = request(r -> r.requestedState().equals(LI));
        assertThat(records(f, Part.REQUEST)).containsExactly(MLA_2018, extradition, liechtenstein);
        // the seed data does not tie the Munich complaint to this case number, so Germany is not in this finding
        assertThat(of("case-across-states")).hasSize(1);
    }

    @Test
    void theSameCaseIsBehindTheBrothersArrestAndTheFindingOnIt() {
        Finding f = anchoredOn("case-against-relatives", CASE);
        assertThat(records(f, Part.FAMILY_TIE)).hasSize(1);
        // the brother's arrest and torture, and the UN working group's opinion on his detention: nothing else
        assertThat(records(f, Part.ACT_AGAINST_RELATIVE)).extracting(id -> SEED.get(id).orElseThrow().label())
                .hasSize(2).anyMatch(l -> l.startsWith("COERCION_BY_PROXY")).anyMatch(l -> l.startsWith("FINDING"));
        Finding family = anchoredOn("family-in-same-case", CASE);
        assertThat(family.evidence(Part.FAMILY_TIE)).hasSize(1);
    }

    @Test
    void theProxyExtraditionViaUkraine() {
        RecordId ukraine = request(r -> r.requestingState().equals(UA) && r.requestedState().equals(BE));
        Finding f = anchoredOn("proxy-request", ukraine);
        assertThat(f.states()).containsExactlyInAnyOrder(KZ, UA, BE);
        assertThat(f.evidence(Part.INCIDENT)).isNotEmpty();
        // Russia and Ukraine asked France for Ablyazov on Kazakhstan's behalf too
        assertThat(of("proxy-request")).hasSize(3);
    }

    @Test
    void theStateBankAsComplainantAndTheFirmsActingForIt() {
        RecordId bta = organisation("BTA Bank");
        Finding complainant = anchoredOn("controlled-complainant", bta);
        assertThat(complainant.states()).containsExactly(KZ);
        assertThat(records(complainant, Part.COMPLAINT)).contains(MLA_2018).hasSizeGreaterThan(5);

        Finding lawFirm = anchoredOn("enabler-across-cases", organisation("Ilyashev & Partners"));
        assertThat(lawFirm.evidence(Part.ACT)).hasSize(2);
        assertThat(records(lawFirm, Part.CONTROL)).contains(bta);

        Finding hired = anchoredOn("firms-for-one-principal", bta);
        assertThat(hired.evidence(Part.ACT)).extracting(e -> SEED.get(e.record()).orElseThrow().label())
                .anyMatch(l -> l.startsWith("PHYSICAL_SURVEILLANCE"))
                .anyMatch(l -> l.startsWith("PRESSURE_ON_HOST_OFFICIALS"))
                .anyMatch(l -> l.startsWith("SMEAR_CAMPAIGN"));
    }

    @Test
    void forumShoppingAfterFranceAnnulledAndAfterInterpolDeleted() {
        RecordId munich = request(r -> r.requestedState().equals(Country.of("DE")));
        assertThat(of("resent-after-refusal")).filteredOn(f -> records(f, Part.LATER_REQUEST).contains(munich)).hasSize(2);
        RecordId extradition2018 = request(r -> r.type() == CooperationRequest.Type.EXTRADITION && r.requestingState().equals(KZ)
                && r.requestedState().equals(BE));
        assertThat(of("resent-after-refusal")).filteredOn(f -> records(f, Part.LATER_REQUEST).contains(extradition2018)).hasSize(1);
        assertThat(of("notice-after-deletion")).as("no notice was issued again in the seed data").isEmpty();
    }

    @Test
    void pressureCampaignsOnTheUkrainianAndKazakhRequests() {
        RecordId ukraine = request(r -> r.requestingState().equals(UA) && r.requestedState().equals(BE));
        assertThat(anchoredOn("pressure-campaign", ukraine).evidence(Part.PRESSURE)).hasSize(2);
        assertThat(anchoredOn("pressure-campaign", MLA_2018).evidence(Part.PRESSURE)).hasSize(2);
    }

    @Test
    void everyFindingRestsOnCitedRecords() {
        assertThat(FINDINGS).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.citations()).as("%s in %s", e.record(), f.detector()).isNotEmpty()));
    }

    @Test
    void whatScreeningReadsAboutTheMarch2018Request() {
        assertThat(Patterns.standard().findingsAbout(SEED, MLA_2018)).extracting(Finding::detector)
                .contains("case-across-states", "case-against-relatives", "pressure-campaign", "controlled-complainant");
    }
}
