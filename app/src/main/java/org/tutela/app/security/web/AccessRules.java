package org.tutela.app.security.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.util.AntPathMatcher;
import org.tutela.app.security.Capability;
import org.tutela.app.security.Role;

/**
 * Who may call which route: the one table the filter chain enforces, first match wins, and anything it
 * does not name is refused. AuthorizationMatrixTest fails when a route of the server has no rule here.
 * Which records a permitted caller then sees is decided by its compartments (CompartmentRegistry).
 */
public final class AccessRules {

    public sealed interface Access {
    }

    /** Anyone, logged in or not: the login page, static files, the public lookup of public lists, the API's description. */
    public record Public() implements Access {
    }

    /** Any logged-in user, whatever the role: its own account, the dashboard. */
    public record LoggedIn() implements Access {
    }

    /**
     * No account: another installation, known by the Ed25519 signature of each call, which the endpoint checks
     * against the partners' keys (FederationApi). Every account is refused there, as is every unsigned call.
     */
    public record PartnerSigned() implements Access {
    }

    /** A logged-in user whose role has this capability. */
    public record Needs(Capability capability) implements Access {
    }

    /** {@code method} null for every method. Patterns are Ant patterns: {@code /api/records/**} includes {@code /api/records}. */
    public record Rule(HttpMethod method, String pattern, Access access) {
        boolean matches(String requestMethod, String path) {
            return (method == null || method.matches(requestMethod)) && MATCHER.match(pattern, path);
        }
    }

    private static final AntPathMatcher MATCHER = new AntPathMatcher();
    private static final Access PUBLIC = new Public();
    private static final Access LOGGED_IN = new LoggedIn();
    private static final HttpMethod GET = HttpMethod.GET;
    private static final HttpMethod POST = HttpMethod.POST;

    public static final List<Rule> RULES = List.of(
            // public: logging in, static files, and the lookup of public lists by a person at risk
            new Rule(GET, "/login", PUBLIC),
            new Rule(null, "/error", PUBLIC),
            new Rule(GET, "/css/**", PUBLIC),
            new Rule(GET, "/js/**", PUBLIC),
            new Rule(GET, "/images/**", PUBLIC),
            new Rule(GET, "/favicon.ico", PUBLIC),
            new Rule(GET, "/favicon.svg", PUBLIC),
            new Rule(null, "/lookup", PUBLIC),
            new Rule(null, "/lookup/**", PUBLIC),
            new Rule(null, "/public/**", PUBLIC),
            new Rule(null, "/api/public/**", PUBLIC),
            // partners sign each call with their federation key (FederationApi): no account
            new Rule(GET, "/api/federation/bulletins", new PartnerSigned()),
            new Rule(POST, "/api/federation/bulletins", new PartnerSigned()),

            // one's own account and session
            new Rule(GET, "/security/account", LOGGED_IN),
            new Rule(null, "/security/purpose", LOGGED_IN),
            new Rule(POST, "/security/logout-everywhere", LOGGED_IN),
            // one's own second factor, password and access tokens
            new Rule(null, "/security/totp", LOGGED_IN),
            new Rule(GET, "/security/totp/qr.png", LOGGED_IN),
            new Rule(POST, "/security/totp/confirm", LOGGED_IN),
            new Rule(POST, "/security/password", LOGGED_IN),
            new Rule(POST, "/security/tokens", LOGGED_IN),
            new Rule(POST, "/security/tokens/*/revoke", LOGGED_IN),
            new Rule(GET, "/api/account", LOGGED_IN),
            new Rule(POST, "/api/account/logout-everywhere", LOGGED_IN),
            // the API's description names routes, never data: readable before logging in, so that a client can be
            // written against it (the API itself stays behind the rules below)
            new Rule(GET, "/api/openapi", PUBLIC),
            new Rule(GET, "/api/openapi/**", PUBLIC),
            new Rule(GET, "/api/openapi.yaml", PUBLIC),
            new Rule(GET, "/api/docs", PUBLIC),
            new Rule(GET, "/api/docs/**", PUBLIC),
            new Rule(GET, "/swagger-ui/**", PUBLIC),
            // the dashboard shows counts and lists of the caller's compartments only
            new Rule(GET, "/", LOGGED_IN),

            new Rule(GET, "/api/audit", new Needs(Capability.READ_AUDIT)),
            new Rule(GET, "/api/audit/**", new Needs(Capability.READ_AUDIT)),
            new Rule(GET, "/security/audit", new Needs(Capability.READ_AUDIT)),
            // the change feed's consumers and their failures: for those who run the installation
            new Rule(GET, "/api/operations/**", new Needs(Capability.MANAGE_USERS)),
            // loading wanted and watch lists, some of them searchable by anyone: for those who run the installation
            new Rule(GET, "/admin/lists", new Needs(Capability.MANAGE_USERS)),
            new Rule(POST, "/admin/lists", new Needs(Capability.MANAGE_USERS)),
            new Rule(GET, "/federation", new Needs(Capability.MANAGE_USERS)),
            new Rule(POST, "/federation/partners/*/compartment", new Needs(Capability.MANAGE_USERS)),

            new Rule(GET, "/statistics", new Needs(Capability.STATISTICS)),
            new Rule(GET, "/statistics/**", new Needs(Capability.STATISTICS)),
            new Rule(GET, "/api/statistics/**", new Needs(Capability.STATISTICS)),

            // a request's workflow: the desks act on it (which steps, their desk function decides), whoever reads records reads it
            new Rule(POST, "/requests/*/workflow", new Needs(Capability.ACT_ON_REQUESTS)),
            new Rule(POST, "/api/requests/*/steps", new Needs(Capability.ACT_ON_REQUESTS)),
            new Rule(GET, "/api/requests", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/requests/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/persons/*/disclosures", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/persons/*/breaches", new Needs(Capability.READ_RECORDS)),

            // forms that record something are for those who may write
            new Rule(GET, "/requests/new", new Needs(Capability.WRITE_RECORDS)),
            new Rule(GET, "/record/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(POST, "/record/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(POST, "/requests/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(POST, "/records/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(POST, "/persons/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(POST, "/api/records/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(HttpMethod.PUT, "/api/records/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(HttpMethod.DELETE, "/api/records/**", new Needs(Capability.WRITE_RECORDS)),

            // the edit form of a record is a form that records something
            new Rule(GET, "/records/*/edit", new Needs(Capability.WRITE_RECORDS)),
            new Rule(GET, "/api/records/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/graph/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/records/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/persons/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/requests/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/search", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/lists", new Needs(Capability.READ_RECORDS)),
            new Rule(POST, "/api/screenings", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/alerts", new Needs(Capability.READ_RECORDS)),
            new Rule(POST, "/api/alerts/**", new Needs(Capability.WRITE_RECORDS)),
            new Rule(GET, "/search", new Needs(Capability.READ_RECORDS)),
            // patterns are computed over the caller's compartments, from records it may read
            new Rule(GET, "/patterns", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/patterns", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/api/patterns/**", new Needs(Capability.READ_RECORDS)),
            new Rule(GET, "/search/**", new Needs(Capability.READ_RECORDS)));

    private AccessRules() {
    }

    /** The rule that decides a request, if any; none means refused. */
    public static Optional<Rule> ruleFor(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    /** Whether a caller with this role (empty: not logged in) passes the rule. */
    public static boolean allows(Rule rule, Optional<Role> role) {
        if (rule.access() instanceof PartnerSigned) {
            return false; // no account is a partner: the call's signature decides, in the endpoint
        }
        if (rule.access() instanceof Needs n) {
            return role.filter(r -> r.can(n.capability())).isPresent();
        }
        return rule.access() instanceof Public || role.isPresent();
    }

    /**
     * {@code routed} tells whether a request reaches one of the server's routes. A route without a rule
     * is refused; a path that is no route at all is let through, to a static file or a plain 404, so that
     * a mistyped address reads "not found" rather than "forbidden" (nothing is served there either way).
     */
    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
                      java.util.function.Predicate<jakarta.servlet.http.HttpServletRequest> routed) {
        for (Rule rule : RULES) {
            AntPathRequestMatcher matcher = new AntPathRequestMatcher(rule.pattern(), rule.method() == null ? null : rule.method().name());
            if (rule.access() instanceof Needs n) {
                registry.requestMatchers(matcher).hasAnyRole(
                        Arrays.stream(Role.withCapability(n.capability())).map(Role::name).toArray(String[]::new));
            } else if (rule.access() instanceof Public || rule.access() instanceof PartnerSigned) {
                // a partner's call passes the chain; FederationApi refuses it unless a partner's key signed it
                registry.requestMatchers(matcher).permitAll();
            } else {
                registry.requestMatchers(matcher).authenticated();
            }
        }
        registry.anyRequest().access((authentication, context) ->
                new org.springframework.security.authorization.AuthorizationDecision(!routed.test(context.getRequest())));
    }
}
