package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.tutela.app.security.Capability;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;

/**
 * Every route the server maps (read from Spring's own handler mapping, so a new endpoint is in it at
 * once) × every role and no login × a record in and out of the caller's compartment. A route without a
 * rule in {@link AccessRules} fails this test, naming it.
 */
class AuthorizationMatrixTest {
    /** What each role may do, as DOMAIN.md's users need it; written out here independently of Role. */
    static final Map<Role, Set<Capability>> EXPECTED = Map.of(
            // the administrator runs the installation; deciding on requests is for the desks
            Role.ADMINISTRATOR, EnumSet.complementOf(EnumSet.of(Capability.ACT_ON_REQUESTS)),
            Role.DOCUMENTER, EnumSet.of(Capability.READ_RECORDS, Capability.WRITE_RECORDS, Capability.STATISTICS),
            Role.REVIEWER, EnumSet.of(Capability.READ_RECORDS, Capability.WRITE_RECORDS, Capability.STATISTICS, Capability.ACT_ON_REQUESTS),
            Role.OVERSIGHT, EnumSet.of(Capability.READ_RECORDS, Capability.STATISTICS, Capability.READ_AUDIT, Capability.ACT_ON_REQUESTS),
            Role.ANALYST, EnumSet.of(Capability.READ_RECORDS, Capability.STATISTICS));
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;
    static int fresh;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.awaitConsumers(); // the name index and standing screening follow the change feed
        tutela.compartments().assignUnassigned("inside");
        for (Role role : Role.values()) {
            TestUsers.create(tutela, role.name().toLowerCase(), role, "inside");
        }
        server = WebServer.start(tutela, 0);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route o) {
            return (pattern + " " + method).compareTo(o.pattern + " " + o.method);
        }

        boolean hasId() {
            return pattern.contains("{id}");
        }

        String path(String id) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group(1).equals("id") ? id : "x");
            }
            m.appendTail(out);
            return out.toString().replace("/**", "/x");
        }
    }

    static Set<Route> routes() {
        RequestMappingHandlerMapping mapping = server.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                names.forEach(m -> routes.add(new Route(m, pattern)));
            }
        }
        return routes;
    }

    @Test
    void theRolesGrantWhatTheDomainNeeds() {
        for (Role role : Role.values()) {
            assertThat(role.capabilities()).as(role.name()).isEqualTo(EXPECTED.get(role));
        }
        assertThat(Role.REVIEWER.requiresPurpose()).isTrue();
        assertThat(Role.OVERSIGHT.requiresPurpose()).isTrue();
    }

    /**
     * The policy, written independently of AccessRules: what is public, what needs which capability. A
     * rule loosened by mistake (the audit log for every logged-in user, say) fails here.
     */
    static Optional<AccessRules.Access> policy(Route route) {
        String p = route.pattern();
        boolean write = unsafe(route);
        if (p.startsWith("/api/audit") || p.startsWith("/security/audit")) {
            return Optional.of(new AccessRules.Needs(Capability.READ_AUDIT));
        }
        // a request's workflow: read by whoever reads records, acted on by the desks (reviewers and oversight)
        if (p.startsWith("/api/requests") || p.startsWith("/requests/{id}/workflow")) {
            return Optional.of(new AccessRules.Needs(write ? Capability.ACT_ON_REQUESTS : Capability.READ_RECORDS));
        }
        if (p.startsWith("/api/records")) {
            return Optional.of(new AccessRules.Needs(write ? Capability.WRITE_RECORDS : Capability.READ_RECORDS));
        }
        if (p.startsWith("/statistics") || p.startsWith("/api/statistics")) {
            return Optional.of(new AccessRules.Needs(Capability.STATISTICS));
        }
        // other installations, by the signature of each call: no account of this one
        if (p.startsWith("/api/federation/")) {
            return Optional.of(new AccessRules.PartnerSigned());
        }
        if (p.equals("/login") || p.equals("/error") || p.startsWith("/lookup") || p.startsWith("/public/") || p.startsWith("/api/public/")
                || (!write && (p.startsWith("/api/openapi") || p.startsWith("/api/docs") || p.startsWith("/swagger-ui/")))) {
            return Optional.of(new AccessRules.Public());
        }
        return Optional.empty();
    }

    @Test
    void rulesAreAsStrictAsThePolicy() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            Optional<AccessRules.Rule> rule = AccessRules.ruleFor(route.method(), route.path("id-1"));
            Optional<AccessRules.Access> expected = policy(route);
            if (rule.isEmpty()) {
                continue;
            }
            if (expected.isPresent() && !expected.get().equals(rule.get().access())) {
                wrong.add(route.method() + " " + route.pattern() + ": rule " + rule.get().access() + ", policy " + expected.get());
            }
            if (expected.isEmpty() && rule.get().access() instanceof AccessRules.Public) {
                wrong.add(route.method() + " " + route.pattern() + ": public, but not one of the public routes of the policy");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRouteHasARule() {
        List<String> missing = routes().stream().filter(r -> AccessRules.ruleFor(r.method(), r.path("id-1")).isEmpty())
                .map(r -> r.method() + " " + r.pattern()).toList();
        assertThat(missing).as("routes without a rule in AccessRules (add one, or the server refuses them to everyone)").isEmpty();
        assertThat(routes()).as("the route list is read from the server").extracting(Route::pattern).contains("/api/records/{id}", "/api/audit");
    }

    @Test
    void everyRouteEveryRoleInAndOutOfTheCompartment() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Route route : routes()) {
            Optional<AccessRules.Rule> rule = AccessRules.ruleFor(route.method(), route.path("id-1"));
            if (rule.isEmpty()) {
                continue; // everyRouteHasARule names it
            }
            List<Optional<Role>> callers = new ArrayList<>();
            callers.add(Optional.empty());
            for (Role role : Role.values()) {
                callers.add(Optional.of(role));
            }
            for (Optional<Role> role : callers) {
                boolean allowed = expectedAllowed(rule.get().access(), role);
                Browser.Page answer = call(route, route.path(unsafe(route) ? record("inside") : Samples.TARGET.value()), role);
                checked++;
                String what = route.method() + " " + route.pattern() + " as " + role.map(Role::name).orElse("nobody");
                if (!allowed) {
                    // nobody: 401 on the API, sent to the login page otherwise, or 403 where a form without a
                    // CSRF token is refused before authentication is even considered
                    boolean refused = role.isEmpty() || rule.get().access() instanceof AccessRules.PartnerSigned
                            ? answer.status() == 401 || sentToLogin(answer) || (answer.status() == 403 && unsafe(route))
                            : answer.status() == 403;
                    if (!refused) {
                        wrong.add(what + ": expected refusal, got " + answer.status());
                    }
                    continue;
                }
                boolean csrfOnly = role.isEmpty() && unsafe(route) && answer.status() == 403;
                if (answer.status() == 401 || (answer.status() == 403 && !csrfOnly) || sentToLogin(answer)) {
                    wrong.add(what + ": expected access, got " + answer.status());
                    continue;
                }
                if (route.hasId()) {
                    checkCompartments(route, role, what, wrong);
                }
            }
        }
        assertThat(wrong).as("authorisation matrix (%d cases)", checked).isEmpty();
        assertThat(checked).isGreaterThan(30);
    }

    /**
     * In its compartment a record is served; out of it, the answer is the one for an id never used. For
     * reads, the record is one of the samples of any kind the route serves (a page for requests needs
     * a request), moved out of the compartment for the second call and back; writes get a fresh person.
     */
    static void checkCompartments(Route route, Optional<Role> role, String what, List<String> wrong) throws Exception {
        String id = null;
        if (unsafe(route)) {
            id = record("inside");
            Browser.Page in = call(route, route.path(id), role);
            if (in.status() == 401 || in.status() == 403 || (in.status() == 404 && route.pattern().startsWith("/api/"))) {
                wrong.add(what + " in its compartment: refused with " + in.status() + " " + in.body());
            }
            id = record("inside");
        } else {
            for (var sample : Samples.all()) {
                if (call(route, route.path(sample.id().value()), role).status() / 100 == 2) {
                    id = sample.id().value();
                    break;
                }
            }
            if (id == null) {
                wrong.add(what + " in its compartment: no record of any kind is served through it");
                return;
            }
        }
        tutela.compartments().assign(List.of(id), "outside");
        try {
            Browser.Page outside = call(route, route.path(id), role);
            Browser.Page never = call(route, route.path("person-never-was"), role);
            if (outside.status() != never.status() || !normal(outside.body(), id).equals(normal(never.body(), "person-never-was"))) {
                wrong.add(what + " outside its compartment: answered " + outside.status() + " " + outside.body()
                        + " where a record that never existed gets " + never.status() + " " + never.body());
            }
        } finally {
            tutela.compartments().assign(List.of(id), "inside");
        }
    }

    /** The answer without what differs between any two calls: the id asked for, times, tokens. */
    static String normal(String body, String id) {
        return body.replace(id, "ID").replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+[^\"<\\s]*", "TIME")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
    }

    static boolean sentToLogin(Browser.Page answer) {
        return answer.status() / 100 == 3 && answer.location().matches(".*/login$");
    }

    static boolean unsafe(Route route) {
        return !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(route.method());
    }

    static boolean expectedAllowed(AccessRules.Access access, Optional<Role> role) {
        if (access instanceof AccessRules.Public) {
            return true;
        }
        if (access instanceof AccessRules.LoggedIn) {
            return role.isPresent();
        }
        if (access instanceof AccessRules.PartnerSigned) {
            return false; // no account signs as a partner; the matrix's calls are unsigned
        }
        Capability needed = ((AccessRules.Needs) access).capability();
        return role.filter(r -> EXPECTED.get(r).contains(needed)).isPresent();
    }

    /** A fresh record in the compartment, so that retractions and revisions never disturb other cases. */
    static String record(String compartment) {
        RecordId id = RecordId.of("person-matrix-" + (++fresh));
        tutela.registry().save(new Person(id, List.of(PersonName.of("Matrix Person " + fresh, PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none()), Change.by("test", "matrix"));
        tutela.compartments().assign(List.of(id.value()), compartment);
        return id.value();
    }

    static Browser.Page call(Route route, String path, Optional<Role> role) throws Exception {
        Browser b = new Browser(base);
        String body = route.method().equals("POST") || route.method().equals("PUT")
                ? "{\"kind\":\"person\",\"names\":[{\"full\":\"Matrix Written\",\"kind\":\"PRIMARY\"}]}" : null;
        List<String> headers = new ArrayList<>(List.of("X-Purpose", "authorisation matrix"));
        role.ifPresent(r -> headers.addAll(List.of("Authorization", TestUsers.basic(r.name().toLowerCase(), TestUsers.PASSWORD))));
        return b.request(route.method(), path, body, headers.toArray(String[]::new));
    }
}
