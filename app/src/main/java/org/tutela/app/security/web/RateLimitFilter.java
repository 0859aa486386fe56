package org.tutela.app.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.app.security.AuditTrail;

/**
 * Refuses with 429 a client that posts logins or queries the public lookup faster than a person would:
 * guessing passwords and enumerating names both need many requests. Accounts have their own lockout.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final TokenBuckets logins;
    private final TokenBuckets lookups;
    private final AuditTrail audit;

    RateLimitFilter(TokenBuckets logins, TokenBuckets lookups, AuditTrail audit) {
        this.logins = logins;
        this.lookups = lookups;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TokenBuckets buckets = null;
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            buckets = logins;
        } else if (path.equals("/lookup") || path.startsWith("/lookup/") || path.startsWith("/public/") || path.startsWith("/api/public/")) {
            buckets = lookups;
        }
        if (buckets != null && !buckets.take(request.getRemoteAddr())) {
            audit.record("", AuditTrail.ACCESS, path, "", AuditTrail.DENIED, "rate limit reached by " + request.getRemoteAddr());
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(buckets.retryAfterSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests; wait a minute and try again.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
