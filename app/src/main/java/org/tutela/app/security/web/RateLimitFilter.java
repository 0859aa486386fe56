package org.tutela.app.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.web.RateLimits.Limit;

/**
 * Refuses with 429 and Retry-After, before any password is hashed, a client that logs in (form or HTTP
 * Basic), presents access tokens or queries the public lookup faster than a person or a sane client would:
 * guessing passwords, spending the server's CPU on Argon2 and enumerating names all need many requests.
 * Failed logins count per account and per address; accounts also have their own lockout.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimits limits;
    private final AuditTrail audit;

    RateLimitFilter(RateLimits limits, AuditTrail audit) {
        this.limits = limits;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String address = request.getRemoteAddr();
        String authorization = request.getHeader("Authorization");
        OptionalLong wait = OptionalLong.empty();
        String account = "";
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            account = String.valueOf(request.getParameter("username"));
            wait = first(limits.take(Limit.LOGIN_FORM, address), limits.check(Limit.FAILURES_BY_ADDRESS, address),
                    limits.check(Limit.FAILURES_BY_ACCOUNT, account));
        } else if (path.equals("/lookup") || path.startsWith("/lookup/") || path.startsWith("/public/") || path.startsWith("/api/public/")) {
            wait = limits.take(Limit.LOOKUP, address);
        }
        if (wait.isEmpty() && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            account = basicName(authorization.substring(6));
            wait = first(limits.take(Limit.BASIC, address), limits.check(Limit.FAILURES_BY_ADDRESS, address),
                    limits.check(Limit.FAILURES_BY_ACCOUNT, account));
        } else if (wait.isEmpty() && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            wait = first(limits.take(Limit.TOKEN_BY_ADDRESS, address), limits.check(Limit.FAILURES_BY_ADDRESS, address));
        }
        if (wait.isPresent()) {
            audit.record(account, AuditTrail.ACCESS, request.getMethod() + " " + path, "", AuditTrail.DENIED, "rate limit reached by " + address);
            refuse(request, response, wait.getAsLong());
            return;
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String message = org.tutela.app.security.SecurityMessages.get("rate.limited", seconds);
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"" + message + "\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message + "\n");
        }
    }

    private static OptionalLong first(OptionalLong... waits) {
        for (OptionalLong w : waits) {
            if (w.isPresent()) {
                return w;
            }
        }
        return OptionalLong.empty();
    }

    /** The user name of a Basic header, or "" if it cannot be read (Spring then refuses the credentials). */
    private static String basicName(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
