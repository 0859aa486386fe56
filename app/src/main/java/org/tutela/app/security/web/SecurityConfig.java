package org.tutela.app.security.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.tutela.app.Tutela;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.ApiTokens;
import org.tutela.app.security.AuditTrail;

/**
 * The one place the whole server goes through: every request passes this filter chain, which
 * authenticates (a login form with a session for pages, HTTP Basic without a session for the API),
 * applies {@link AccessRules} (deny by default), rate-limits logins and public lookups, ends stale
 * sessions, demands a purpose where the role needs one, and sets strict headers. Which records a
 * permitted caller sees is decided behind it, by the compartment registry the server hands out.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {
    /** No inline script or style anywhere: a stored script in a record cannot run even if a page forgot to escape it. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    public static final String SESSION_COOKIE = "TUTELA_SESSION";
    static final Duration SESSION_IDLE = Duration.ofMinutes(30);
    private static final RequestMatcher API = new AntPathRequestMatcher("/api/**");
    private static final RequestMatcher PUBLIC_LOOKUP = new org.springframework.security.web.util.matcher.OrRequestMatcher(
            new AntPathRequestMatcher("/lookup", "POST"), new AntPathRequestMatcher("/api/public/lookup", "POST"));

    @Bean
    Accounts accounts(Tutela tutela) {
        return tutela.accounts();
    }

    @Bean
    AuditTrail auditTrail(Tutela tutela) {
        return tutela.audit();
    }

    @Bean
    ApiTokens apiTokens(Tutela tutela) {
        return tutela.tokens();
    }

    /**
     * The rates, per minute. Logins by form: 10 per address. Failed logins: 10 per account and per address.
     * HTTP Basic: 1200 checks per address (each costs an Argon2id; about what two cores hash in a minute).
     * Access tokens: 60,000 calls per address and per owner, a ceiling for runaway clients only.
     */
    @Bean
    RateLimits rateLimits(@Value("${tutela.rate.logins-per-minute:10}") int logins,
                          @Value("${tutela.rate.failures-per-minute:10}") int failures,
                          @Value("${tutela.rate.basic-per-minute:1200}") int basic,
                          @Value("${tutela.rate.token-calls-per-minute:60000}") int tokenCalls,
                          @Value("${tutela.rate.lookups-per-minute:30}") int lookups,
                          @Value("${tutela.rate.period:PT1M}") Duration period) {
        return new RateLimits(java.util.Map.of(RateLimits.Limit.LOGIN_FORM, logins, RateLimits.Limit.FAILURES_BY_ADDRESS, failures,
                RateLimits.Limit.FAILURES_BY_ACCOUNT, failures, RateLimits.Limit.BASIC, basic, RateLimits.Limit.TOKEN_BY_ADDRESS, tokenCalls,
                RateLimits.Limit.TOKEN_BY_ACCOUNT, tokenCalls, RateLimits.Limit.LOOKUP, lookups), period);
    }

    @Bean
    AccountAuthentication accountAuthentication(Accounts accounts, RateLimits limits) {
        return new AccountAuthentication(accounts, limits);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, Accounts accounts, AuditTrail audit, AccountAuthentication authentication,
                                    RateLimits limits, ApiTokens tokens,
                                    @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes)
            throws Exception {
        AuthenticationDetailsSource<HttpServletRequest, LoginDetails> details = LoginDetails::new;
        AuthenticationEntryPoint apiEntry = (request, response, e) -> {
            refused(audit, request, "not logged in");
            // no "WWW-Authenticate: Basic" challenge: a browser would then keep the credentials and send
            // them with forged cross-site requests, which CSRF protection does not check for Basic calls
            json(response, 401, "Unauthorized", "log in: send an access token (Authorization: Bearer ...) or HTTP Basic credentials (and "
                    + LoginDetails.CODE_HEADER + " for an account with a second factor)");
        };
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entries = new LinkedHashMap<>();
        entries.put(API, apiEntry);
        DelegatingAuthenticationEntryPoint entry = new DelegatingAuthenticationEntryPoint(entries);
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        entry.setDefaultEntryPoint((request, response, e) -> {
            refused(audit, request, "not logged in; sent to the login page");
            toLogin.commence(request, response, e);
        });
        AccessDeniedHandler denied = (request, response, e) -> {
            // a missing or wrong CSRF token is not a matter of role: say so, in the answer and in the log
            boolean csrf = e instanceof org.springframework.security.web.csrf.CsrfException;
            refused(audit, request, csrf ? "CSRF token missing or invalid" : "role not allowed");
            java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("messages/security");
            if (API.matches(request)) {
                json(response, 403, "Forbidden", csrf ? words.getString("security.csrf.api") : "your role may not do this");
            } else if (csrf) {
                response.setStatus(403);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + words.getString("security.csrf.title") + "</title><link rel=\"stylesheet\" href=\"/css/tutela.css\"></head><body>"
                        + "<main class=\"page\"><h1>" + words.getString("security.csrf.title") + "</h1><p>" + words.getString("security.csrf.page")
                        + "</p><p><a href=\"/\">Tutela</a></p></main></body></html>");
            } else {
                response.sendError(403);
            }
        };
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // only pages are worth returning to after login; API calls must not open sessions
        requestCache.setRequestMatcher(new NegatedRequestMatcher(API));

        // the AccountAuthentication bean is the global authentication manager's one provider; registering it
        // here as well would make a refused login run twice (the local manager, then its parent)
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    AccessRules.apply(a, request -> routed(routes.getObject(), request));
                })
                .formLogin(f -> f.loginPage("/login").authenticationDetailsSource(details)
                        .failureUrl("/login?error").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(b -> b.authenticationDetailsSource(details).authenticationEntryPoint(apiEntry))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE))
                // pages post forms with a token; API calls that carry Basic credentials or a bearer token cannot be
                // forged by another site (a browser adds Basic only after a challenge, which this server never
                // sends, and never adds a bearer token by itself)
                // the public lookup acts for nobody and changes nothing, so a forged one gains nothing; a token would need
                // a session, that is a cookie tying a person at risk to their searches
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::carriesApiCredentials, PUBLIC_LOOKUP))
                .requestCache(r -> r.requestCache(requestCache))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(denied))
                .addFilterBefore(new RateLimitFilter(limits, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, limits), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionEpochFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new PurposeFilter(audit), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The session cookie: HttpOnly (no script reads it), Secure (sent over HTTPS only; browsers treat
     * http://localhost as secure, so the demo works), SameSite=Strict (no other site's page sends it).
     */
    @Bean
    WebServerFactoryCustomizer<AbstractServletWebServerFactory> sessionCookie() {
        return factory -> {
            factory.getSession().setTimeout(SESSION_IDLE);
            factory.getSession().setTrackingModes(Set.of(org.springframework.boot.web.servlet.server.Session.SessionTrackingMode.COOKIE));
            var cookie = factory.getSession().getCookie();
            cookie.setName(SESSION_COOKIE);
            cookie.setHttpOnly(true);
            cookie.setSecure(true);
            cookie.setSameSite(SameSite.STRICT);
        };
    }

    /** Whether a controller answers this request; the path is parsed as the dispatcher will parse it. */
    static boolean routed(RequestMappingHandlerMapping routes, HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return routes.getHandler(request) != null;
        } catch (Exception e) {
            // the path is a route, but not for this method, say: a route all the same
            return true;
        } finally {
            if (parsed == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
            }
        }
    }

    static boolean carriesApiCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        // a federation call is signed in a header a browser never adds by itself (FederationApi)
        return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7))
                || request.getHeader(org.tutela.core.federation.SignedRequest.SIGNATURE) != null;
    }

    private static void refused(AuditTrail audit, HttpServletRequest request, String why) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth != null && auth.getPrincipal() instanceof TutelaUser u ? u.name() : "";
        audit.record(actor, AuditTrail.ACCESS, request.getMethod() + " " + request.getRequestURI(), "", AuditTrail.DENIED,
                why + " (from " + request.getRemoteAddr() + ")");
    }

    static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
