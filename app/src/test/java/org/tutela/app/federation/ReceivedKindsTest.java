package org.tutela.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.federation.ConditionBreached;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Derivation;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.ScreeningOutcome;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SharedIncident;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.json.RecordJson;
import org.tutela.json.federation.BulletinJson;

/**
 * Every kind of bulletin becomes what it is at the receiver: a breached condition counts in the requesting state's
 * record (flag 15), a shareable incident is a registry incident of the state behind it, a screening outcome is
 * listed beside the requests of the same case; each with its provenance "from partner P, signed by key K, received
 * at T".
 */
class ReceivedKindsTest {
    static final String CASE = "170000131000012";
    @TempDir
    static Path dir;
    static Tutela li;
    static Tutela be;

    static Reception.Verdict send(Content content) {
        Federation.Published p = li.federation().publish(new Distribution.Group("mla-desks"), Marking.AMBER, content, Optional.empty(),
                "central-authority");
        return be.federation().receive(BulletinJson.write(p.envelope()), "bundle");
    }

    static CooperationRequest request(String id, String requesting, String... cases) throws Exception {
        String refs = cases.length == 0 ? "" : ",\"referenceNumbers\":[\"" + String.join("\",\"", cases) + "\"]";
        return (CooperationRequest) new RecordJson().read(new ObjectMapper().readTree("{\"kind\":\"cooperation-request\",\"id\":\"" + id
                + "\",\"type\":\"MLA\",\"requestingState\":\"" + requesting + "\",\"requestedState\":\"BE\",\"date\":\""
                + LocalDate.now().minusDays(3) + "\"" + refs + ",\"persons\":[{\"asWritten\":\"YERIMBETOV Iskander\"}]}"));
    }

    static FlagResult flag15(String requestId) {
        ScreeningReport report = be.screening().screen(RecordId.of(requestId), LocalDate.now());
        return report.result("TNR-15").orElseThrow();
    }

    @BeforeAll
    static void start() throws Exception {
        li = Tutela.open(new Settings(dir.resolve("li"), Optional.empty()));
        be = Tutela.open(new Settings(dir.resolve("be"), Optional.empty()));
        li.federation().init("li-justice");
        be.federation().init("be-fps-justice");
        li.federation().putPartner(new Partner("be-fps-justice", "Belgium", Optional.empty(),
                List.of(new Partner.Key(be.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        be.federation().putPartner(new Partner("li-justice", "Liechtenstein", Optional.empty(),
                List.of(new Partner.Key(li.federation().key().publicKey(), Instant.now(), Optional.empty())), Set.of("mla-desks")));
        be.registry().saveAll(List.of(request("request-kz-be", "KZ", CASE), request("request-ua-be", "UA", CASE),
                request("request-kz-be-other-case", "KZ", "OTHER-1")), Change.by("test", "requests to Belgium"));
    }

    @AfterAll
    static void stop() {
        be.close();
        li.close();
    }

    @Test
    void aReportedBreachCountsInTheRequestingStatesRecord() {
        assertThat(flag15("request-kz-be").fired()).isFalse();
        Reception.Verdict v = send(new ConditionBreached("LI-RH-2019-17", Country.of("KZ"), "no-foreign-officials-present",
                Optional.of(LocalDate.of(2019, 10, 1)), List.of(CASE), Sensitive.none()));
        Reception.Accepted accepted = (Reception.Accepted) v;
        RecordId source = Derivation.id(accepted.envelope().bulletin(), "source");
        assertThat(be.registry().get(source, Source.class)).hasValueSatisfying(s -> assertThat(s.title())
                .contains("from partner li-justice", "signed by key " + li.federation().key().publicKey().id(), "received at"));
        FlagResult record = flag15("request-kz-be");
        assertThat(record.fired()).isTrue();
        assertThat(record.facts()).anySatisfy(f -> {
            assertThat(f.record()).isEqualTo(source);
            assertThat(f.citations()).extracting(c -> c.source()).contains(source);
            assertThat(f.statement()).contains("no officials of the requesting state present").contains("2019-10-01")
                    .contains("reported by federation partner li-justice");
        });
        // Ukraine broke nothing: its request's record does not hold Kazakhstan's breach
        assertThat(flag15("request-ua-be").facts()).noneMatch(f -> f.record().equals(source));
    }

    @Test
    void aSharedIncidentBecomesAnIncidentOfTheStateBehindIt() {
        Reception.Accepted accepted = (Reception.Accepted) send(new SharedIncident(Country.of("UA"), "co-opting-other-countries",
                Optional.of("pressure-on-host-officials"), Optional.of(LocalDate.of(2017, 3, 1)), "letters from three MPs to the prosecutor",
                List.of(CASE), Sensitive.none()));
        RecordId id = Derivation.id(accepted.envelope().bulletin(), "incident");
        Incident incident = be.registry().get(id, Incident.class).orElseThrow();
        assertThat(incident.perpetratorState()).isEqualTo(Country.of("UA"));
        assertThat(incident.tactic()).isEqualTo(Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS);
        RecordId source = incident.provenance().citations().get(0).source();
        assertThat(be.registry().get(source, Source.class).orElseThrow().title()).contains("from partner li-justice");
        FlagResult record = flag15("request-ua-be");
        assertThat(record.fired()).isTrue();
        assertThat(record.facts()).anySatisfy(f -> assertThat(f.record()).isEqualTo(id));
    }

    @Test
    void aScreeningOutcomeIsListedBesideTheRequestsOfTheSameCase() {
        Reception.Accepted accepted = (Reception.Accepted) send(new ScreeningOutcome("LI-RH-2019-17", Country.of("KZ"), "refuse",
                List.of("TNR-05", "TNR-03"), List.of(CASE), Sensitive.none()));
        String bulletin = accepted.envelope().bulletin().id();
        CooperationRequest kz = be.registry().get(RecordId.of("request-kz-be"), CooperationRequest.class).orElseThrow();
        assertThat(be.federation().readings().partnerScreenings(kz, be.registry())).singleElement().satisfies(s -> {
            assertThat(s.partner()).isEqualTo("li-justice");
            assertThat(s.band()).isEqualTo("refuse");
            assertThat(s.flags()).containsExactly("TNR-05", "TNR-03");
            assertThat(s.bulletin()).isEqualTo(bulletin);
            assertThat(s.keyId()).isEqualTo(li.federation().key().publicKey().id());
            assertThat(be.registry().get(s.source())).isPresent();
        });
        // another state's request in the same case, or the same state's in another case, is not what it is about
        for (String other : List.of("request-ua-be", "request-kz-be-other-case")) {
            CooperationRequest r = be.registry().get(RecordId.of(other), CooperationRequest.class).orElseThrow();
            assertThat(be.federation().readings().partnerScreenings(r, be.registry())).isEmpty();
        }
    }
}
