package org.tutela.app.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.app.security.ApiTokens;
import org.tutela.app.security.web.RateLimits.Limit;

/**
 * {@code Authorization: Bearer <token>} for API clients: one SHA-256 and one database read instead of an
 * Argon2id per call. The request then runs as the token's owner with the token's role and compartments
 * (cut down to the owner's current ones), in this request only: no session is made. A token that is
 * unknown, expired, revoked or whose owner is disabled gets 401 at once; it never falls back to anything.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String TOKEN_DETAIL = "tutela.token";
    private final ApiTokens tokens;
    private final RateLimits limits;

    BearerTokenFilter(ApiTokens tokens, RateLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<ApiTokens.Grant> grant = tokens.authenticate(authorization.substring(7).strip(), address,
                request.getMethod() + " " + request.getRequestURI());
        if (grant.isEmpty()) {
            limits.failed(null, address);
            SecurityConfig.json(response, 401, "Unauthorized", org.tutela.app.security.SecurityMessages.get("token.refused"));
            return;
        }
        OptionalLong wait = limits.take(Limit.TOKEN_BY_ACCOUNT, grant.get().owner());
        if (wait.isPresent()) {
            RateLimitFilter.refuse(request, response, wait.getAsLong());
            return;
        }
        ApiTokens.Grant g = grant.get();
        TutelaUser user = new TutelaUser(g.owner(), g.role(), g.compartments(), g.sessionEpoch());
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + g.role().name())));
        authentication.setDetails(g.tokenId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.setAttribute(TOKEN_DETAIL, g.tokenId());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
