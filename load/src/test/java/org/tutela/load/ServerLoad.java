package org.tutela.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a national deployment's desks do all day, at a bounded rate: name searches (six in ten calls),
 * reads of records (three in ten) and screenings of stored requests on demand (one in ten), by a fixed
 * number of concurrent users, throttled to a rate and stopped after a duration. The fixtures (names to
 * search, record ids, request ids) and the access token come from {@code tools/load-test.sh}, which
 * prepares the server; a call that does not answer 200 counts as an error in Gatling's report.
 */
public class ServerLoad extends Simulation {
    private static final String URL = System.getProperty("tutela.url", "http://127.0.0.1:18080");
    private static final String TOKEN = System.getProperty("tutela.token", "none");
    private static final Path FIXTURES = Path.of(System.getProperty("tutela.fixtures", "target/load-fixtures"));
    private static final int USERS = Integer.getInteger("tutela.users", 50);
    private static final int RPS = Integer.getInteger("tutela.rps", 200);
    private static final int SECONDS = Integer.getInteger("tutela.seconds", 120);
    /** The ramp to the rate, not counted apart: Gatling's report covers the whole run. */
    private static final Duration RAMP = Duration.ofSeconds(10);

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .authorizationHeader("Bearer " + TOKEN)
            .acceptHeader("application/json")
            // a reviewer states the purpose of every read; the server audits each call with it
            .header("X-Purpose", "capacity test of this installation")
            .shareConnections();

    private final FeederBuilder<String> names = csv(FIXTURES.resolve("names.csv").toString()).random();
    private final FeederBuilder<String> records = csv(FIXTURES.resolve("records.csv").toString()).random();
    private final FeederBuilder<String> requests = csv(FIXTURES.resolve("requests.csv").toString()).random();

    private final ChainBuilder search = feed(names).exec(http("name search").get("/api/search")
            .queryParam("q", "#{name}").queryParam("limit", "10").check(status().is(200)));
    private final ChainBuilder read = feed(records).exec(http("record read").get("/api/records/#{id}").check(status().is(200)));
    private final ChainBuilder screen = feed(requests).exec(http("screening").post("/api/records/#{id}/screenings")
            .check(status().is(200)));

    private final ScenarioBuilder desks = scenario("desks").forever().on(
            randomSwitch().on(percent(60.0).then(search), percent(30.0).then(read), percent(10.0).then(screen)));

    {
        setUp(desks.injectClosed(constantConcurrentUsers(USERS).during(RAMP.plusSeconds(SECONDS))))
                .protocols(protocol)
                .throttle(reachRps(RPS).in(RAMP), holdFor(Duration.ofSeconds(SECONDS)))
                .maxDuration(RAMP.plusSeconds(SECONDS));
    }
}
