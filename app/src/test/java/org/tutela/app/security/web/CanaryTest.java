package org.tutela.app.security.web;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.json.RecordJson;

/**
 * The canary: records whose every text field carries a unique marker are created in one compartment;
 * then every route the server maps (read from Spring's handler mapping, so a new route is covered at
 * once) and every derived output (reports as JSON and HTML, alerts, statistics, the graph, dossiers,
 * search with limits 1, 5 and the default, the audit views) is fetched as every role of another
 * compartment — also after that compartment registers a request naming the canary person in another
 * script, and after a new incident in the first compartment sets off the standing screening. No answer
 * may carry a marker. The markers are found by trying every text of every record: a text the record
 * accepts with a marker appended gets one, so a new text field gets a marker without a change here.
 */
class CanaryTest {
    static final String HOME = "canary-home";
    static final String ELSEWHERE = "elsewhere";
    static final String MARK = "zqxw";
    static final Pattern MARKER = Pattern.compile("(?i)" + MARK + "[a-z]{3}");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    static final ObjectMapper JSON = RecordJson.mapper();

    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static final Set<String> markers = new TreeSet<>();
    static final List<RecordId> canaryIds = new ArrayList<>();
    static RecordId ownRequest;
    static RecordId homeRequest;
    static final Map<Role, Browser> away = new LinkedHashMap<>();
    /** Texts that are references to other records: they keep pointing where they point. */
    static final Set<String> references = new java.util.HashSet<>();

    @BeforeAll
    static void start() throws Exception {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        List<RegistryRecord> canaries = marked(Samples.all());
        canaries.forEach(r -> canaryIds.add(r.id()));
        // the reason is the change's, not a text of the records: the audit log shows it with the change
        tutela.registry().saveAll(canaries, Change.by("test", "canary records"));
        tutela.compartments().assign(canaryIds.stream().map(RecordId::value).toList(), HOME);
        for (Role role : Role.values()) {
            TestUsers.create(tutela, "home-" + role.name().toLowerCase(Locale.ROOT), role, HOME);
            TestUsers.create(tutela, "away-" + role.name().toLowerCase(Locale.ROOT), role, ELSEWHERE);
        }
        server = WebServer.start(tutela, 0, "--tutela.rate.logins-per-minute=1000");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        for (Role role : Role.values()) {
            Browser b = new Browser(base);
            assertThat(b.login("away-" + role.name().toLowerCase(Locale.ROOT), TestUsers.PASSWORD, "").location()).doesNotContain("error");
            away.put(role, b);
        }
        // the home compartment works on its case: a stored screening of its request, a search
        Browser home = new Browser(base);
        assertThat(home.request("POST", "/api/records/" + Samples.REQUEST.value() + "/screenings?asOf=2021-06-01", null,
                home("documenter")).status()).isEqualTo(200);
        home.get("/api/search?q=Kavalenka", home("documenter"));
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    static String[] home(String role) {
        return new String[] {"Authorization", TestUsers.basic("home-" + role, TestUsers.PASSWORD), "X-Purpose", "canary"};
    }

    static String[] basic(Role role) {
        return new String[] {"Authorization", TestUsers.basic("away-" + role.name().toLowerCase(Locale.ROOT), TestUsers.PASSWORD),
                "X-Purpose", "canary"};
    }

    static String marker() {
        int n = markers.size();
        String m = MARK + (char) ('a' + n / 676 % 26) + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
        markers.add(m);
        return m;
    }

    /** The records with a marker appended to every text each of them accepts with one. */
    static List<RegistryRecord> marked(List<RegistryRecord> records) {
        RecordJson json = new RecordJson();
        records.forEach(r -> references.add(r.id().value()));
        List<RegistryRecord> out = new ArrayList<>();
        for (RegistryRecord r : records) {
            ObjectNode tree = json.toTreeWithKind(r);
            mark(tree, tree, json);
            out.add(json.read(tree));
        }
        return out;
    }

    private static void mark(ObjectNode root, JsonNode node, RecordJson json) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && !field.getKey().equals("id") && !field.getKey().equals(RecordJson.KIND)) {
                    String text = field.getValue().asText();
                    if (references.contains(text)) {
                        continue;
                    }
                    String m = MARK + "tmp";
                    for (String tried : List.of(text + " " + m, text + "-" + m)) {
                        field.setValue(TextNode.valueOf(tried));
                        if (accepted(root, json) && !text.matches("[A-Z]{2}")) {
                            field.setValue(TextNode.valueOf(tried.replace(m, marker())));
                            break;
                        }
                        field.setValue(TextNode.valueOf(text));
                    }
                } else {
                    mark(root, field.getValue(), json);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isTextual() && !references.contains(item.asText())) {
                    String text = item.asText();
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(text + " " + MARK + "tmp"));
                    if (accepted(root, json) && !text.matches("[A-Z]{2}")) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(text + " " + marker()));
                    } else {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(text));
                    }
                } else {
                    mark(root, item, json);
                }
            }
        }
    }

    private static boolean accepted(ObjectNode root, RecordJson json) {
        try {
            RegistryRecord read = json.read(root);
            // a text that ends up elsewhere than written (an enum, a code) does not count as a text field
            return json.toTreeWithKind(read).toString().contains(MARK + "tmp");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A request registered by the other compartment, naming the canary person in another script and knowing nothing of her. */
    static String outsidersRequest() {
        CooperationRequest request = new CooperationRequest(RecordId.of("request-placeholder"), CooperationRequest.Type.MLA,
                Samples.PERSECUTOR, Samples.HOST, Optional.of(ApproximateDate.on(2021, 3, 1)), List.of("OUT/2021/1"), Optional.empty(),
                Optional.empty(), List.of(new CooperationRequest.NamedPerson("КАВАЛЕНКА Надзея", Optional.empty(),
                CooperationRequest.NamedPerson.Role.TARGET, Optional.empty())),
                List.of(Charge.of("extremism", Charge.Category.EXTREMISM)), List.of("ran a channel"),
                List.of(CooperationRequest.Measure.of(CooperationRequest.Measure.Kind.SEIZE_DEVICES,
                        CooperationRequest.Measure.Scope.OPEN_ENDED, "all devices")),
                List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), Provenance.none());
        ObjectNode tree = new RecordJson().toTreeWithKind(request);
        tree.remove("id");
        return tree.toString();
    }

    /** A new incident in the canary's compartment: pressure on the host's officials about the canary person, by the state that sent both requests. */
    static String newIncident() {
        Incident incident = new Incident(RecordId.of("incident-placeholder"), Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS, Samples.PERSECUTOR,
                Incident.ActingParty.STATE, List.of(), Optional.of(Samples.HOST), List.of(Samples.TARGET), Optional.of(ApproximateDate.on(2021, 4, 1)),
                Optional.empty(), Optional.of("Vilnius " + marker()), Optional.of("threats " + marker()), List.of(), List.of(Samples.CASE),
                Optional.empty(), "Threatened at her door " + marker(), List.of(), Provenance.none());
        ObjectNode tree = new RecordJson().toTreeWithKind(incident);
        tree.remove("id");
        return tree.toString();
    }

    static RecordId created(Browser.Page answer) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return RecordId.of(JSON.readTree(answer.body()).get("record").get("id").asText());
    }

    @Test
    void noRouteAndNoDerivedOutputShowsAMarkerToAnotherCompartment() throws Exception {
        // the markers are there to be found: the home compartment sees them in its own outputs
        Browser home = new Browser(base);
        assertThat(markers).hasSizeGreaterThan(30);
        assertThat(found(home.get("/api/records/" + Samples.REQUEST.value() + "/screening.html", home("documenter")).body())).isNotEmpty();
        assertThat(found(home.get("/api/records/" + Samples.TARGET.value() + "/dossier", home("documenter")).body())).isNotEmpty();

        List<String> leaks = new ArrayList<>();
        String stored = stored();
        sweep("before anything else", leaks, false);
        assertThat(stored()).as("every GET of every route left the registry, the screenings and the alerts as they were").isEqualTo(stored);

        // the other compartment registers a request naming the canary person in another script, and screens it
        ownRequest = created(new Browser(base).request("POST", "/api/records", outsidersRequest(), basic(Role.DOCUMENTER)));
        assertThat(new Browser(base).request("POST", "/api/records/" + ownRequest.value() + "/screenings", null, basic(Role.REVIEWER))
                .status()).isEqualTo(200);
        // the same request registered at home finds her: the name would be resolved if the compartments let it
        homeRequest = created(home.request("POST", "/api/records", outsidersRequest(), home("documenter")));
        assertThat(home.get("/api/records/" + homeRequest.value() + "/screenings", home("documenter")).body())
                .contains(Samples.TARGET.value());
        stored = stored();
        sweep("after the other compartment registered a request naming her", leaks, false);
        assertThat(stored()).as("every GET, its own request's screening.html?asOf= among them, stored nothing").isEqualTo(stored);

        // a new incident at home: the standing screening runs over both requests
        int alertsBefore = tutela.screening().alerts(Optional.empty(), false, 1000).size();
        created(home.request("POST", "/api/records", newIncident(), home("documenter")));
        for (int i = 0; i < 100 && tutela.screening().alerts(Optional.empty(), false, 1000).size() == alertsBefore; i++) {
            Thread.sleep(100);
        }
        assertThat(tutela.screening().alerts(Optional.empty(), false, 1000)).as("the new incident raised an alert at home")
                .hasSizeGreaterThan(alertsBefore);
        assertThat(found(home.get("/api/alerts", home("documenter")).body())).as("the alert at home tells of the incident").isNotEmpty();
        sweep("after a new incident at home", leaks, true);

        assertThat(leaks).as("answers to another compartment that carry a canary marker").isEmpty();
        for (Role role : Role.values()) {
            assertThat(away.get(role).get("/api/account").status()).as("the sweep read as a logged-in " + role).isEqualTo(200);
            assertThat(away.get(role).get("/api/records/" + ownRequest.value() + "/screenings?purpose=canary").status())
                    .as("the other compartment reads its own request's screenings").isEqualTo(200);
        }
    }

    /** How many records, revisions of the canary's records, screenings and alerts are stored. */
    static String stored() {
        long revisions = canaryIds.stream().mapToLong(id -> tutela.registry().history(id).size()).sum();
        long screenings = tutela.registry().all(CooperationRequest.class).stream()
                .mapToLong(r -> tutela.screening().history(r.id()).size()).sum();
        return tutela.registry().count(Optional.empty()) + " records, " + revisions + " revisions, " + screenings + " screenings, "
                + tutela.screening().alerts(Optional.empty(), false, 1000).size() + " alerts";
    }

    /**
     * Every route × every role of the other compartment, and the derived outputs by name. Reads go through
     * a logged-in session; with {@code writes}, every other method too (with the session's CSRF token), on
     * the canary's records.
     */
    static void sweep(String when, List<String> leaks, boolean writes) throws Exception {
        List<String> ids = new ArrayList<>(canaryIds.stream().map(RecordId::value).toList());
        Optional.ofNullable(ownRequest).ifPresent(id -> ids.add(id.value()));
        List<String> alertIds = new ArrayList<>();
        tutela.screening().alerts(Optional.empty(), false, 1000).forEach(a -> alertIds.add(Long.toString(a.id())));
        alertIds.add("1");
        String query = "?purpose=canary&q=Kavalenka&targets=" + Samples.TARGET.value() + "&persons=" + Samples.TARGET.value()
                + "&request=" + Samples.REQUEST.value() + "&subject=" + Samples.REQUEST.value() + "&asOf=" + LocalDate.now();
        for (Role role : Role.values()) {
            Browser session = away.get(role);
            String token = session.get("/security/account").csrf().orElseThrow();
            for (String[] route : routes()) {
                if (route[1].contains("logout")) {
                    continue; // it would end the sessions this sweep reads with; it shows no record
                }
                String method = route[0];
                boolean unsafe = !method.equals("GET");
                if (unsafe && !writes) {
                    continue;
                }
                for (String path : paths(route[1], unsafe ? canaryIds.stream().map(RecordId::value).toList() : ids, alertIds)) {
                    Browser.Page page = unsafe
                            ? session.request(method, path + "?purpose=canary", method.equals("DELETE") ? null
                            : "{\"kind\":\"person\",\"names\":[{\"full\":\"Someone Else\",\"kind\":\"PRIMARY\"}]}", "X-CSRF-TOKEN", token)
                            : session.get(path + query);
                    check(when, role, method + " " + path, page, leaks);
                }
            }
            for (String path : derived()) {
                check(when, role, "GET " + path, session.get(path + (path.contains("?") ? "&" : "?") + "purpose=canary"), leaks);
            }
            if (writes && role != Role.ANALYST && role != Role.OVERSIGHT) {
                check(when, role, "POST screenings of its own request", new Browser(base).request("POST", "/api/records/"
                        + ownRequest.value() + "/screenings", null, basic(role)), leaks);
            }
            check(when, role, "POST an intake naming her", new Browser(base).request("POST", "/api/screenings", outsidersRequest(),
                    basic(role)), leaks);
        }
    }

    /** The derived outputs, each asked the ways a client would. */
    static List<String> derived() {
        List<String> paths = new ArrayList<>(List.of("/", "/statistics", "/api/alerts", "/api/alerts?open=true", "/api/audit",
                "/security/audit", "/search?q=Kavalenka", "/search?q=" + enc("Надзея Каваленка"), "/api/records?kind=person",
                "/api/records?q=Kavalenka", "/api/records?kind=incident", "/api/records?kind=cooperation-request"));
        for (String limit : List.of("&limit=1", "&limit=5", "")) {
            paths.add("/api/search?q=Kavalenka" + limit);
            paths.add("/api/search?q=" + enc("КАВАЛЕНКА Надзея") + limit);
            paths.add("/api/records?kind=person" + limit);
            paths.add("/api/records?q=Nadzeya" + limit);
        }
        if (ownRequest != null) {
            String own = ownRequest.value();
            paths.addAll(List.of("/api/records/" + own + "/screenings", "/api/records/" + own + "/screening.html",
                    "/api/records/" + own + "/screening.html?asOf=" + LocalDate.now(), "/requests/" + own + "/report",
                    "/api/alerts?request=" + own, "/api/records/" + own + "/dossier", "/graph/" + own, "/graph/" + own + ".json",
                    "/records/" + own));
        }
        return paths;
    }

    static void check(String when, Role role, String what, Browser.Page page, List<String> leaks) {
        Set<String> found = found(page.body());
        if (!found.isEmpty()) {
            leaks.add(when + ": " + what + " as " + role + " (" + page.status() + ") shows " + found);
        }
    }

    static Set<String> found(String body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(body);
        while (m.find()) {
            String marker = m.group().toLowerCase(Locale.ROOT);
            // only markers handed out count: a random token in a page (a CSRF token, say) can spell zqxw and three letters
            if (markers.contains(marker)) {
                found.add(marker);
            }
        }
        return found;
    }

    /** Every route as method and pattern, from Spring's own handler mapping. */
    static List<String[]> routes() {
        RequestMappingHandlerMapping mapping = server.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                names.forEach(m -> routes.add(m + " " + pattern));
            }
        }
        return routes.stream().map(r -> r.split(" ", 2)).toList();
    }

    /** The pattern with each variable filled every way that names something: record ids, alert numbers, kinds of record. */
    static List<String> paths(String pattern, List<String> ids, List<String> alertIds) {
        List<String> out = new ArrayList<>(List.of(pattern.replace("/**", "/x")));
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            String variable = m.group();
            List<String> values = switch (m.group(1)) {
                case "id" -> ids;
                case "alertId" -> alertIds;
                case "slug" -> java.util.Arrays.stream(RecordKind.values()).map(RecordKind::slug).toList();
                default -> List.of("x");
            };
            List<String> next = new ArrayList<>();
            for (String p : out) {
                values.forEach(v -> next.add(p.replace(variable, v)));
            }
            out = next;
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
