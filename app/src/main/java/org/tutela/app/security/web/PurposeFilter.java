package org.tutela.app.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.app.security.AuditTrail;

/**
 * Roles that must state why they read (reviewers, oversight) give the purpose with each API call
 * ({@code X-Purpose} header or {@code purpose} parameter) or once per session on a page; without it
 * nothing of the registry is served. The purpose goes with every audit entry of the request.
 */
final class PurposeFilter extends OncePerRequestFilter {
    static final String HEADER = "X-Purpose";
    static final String PARAMETER = "purpose";
    static final String SESSION_ATTRIBUTE = "tutela.purpose";
    static final String REQUEST_ATTRIBUTE = "tutela.purpose";
    private static final List<String> EXEMPT = List.of("/security/", "/api/account", "/login", "/logout", "/error",
            "/css/", "/js/", "/images/", "/favicon", "/api/openapi", "/api/docs", "/swagger-ui/", "/lookup", "/public/", "/api/public/");
    /** Under an exempt prefix, but a read of others' doings all the same: the audit log's page asks for a purpose like its API. */
    private static final List<String> NOT_EXEMPT = List.of("/security/audit");
    private final AuditTrail audit;

    PurposeFilter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TutelaUser user) {
            Optional<String> purpose = purpose(request);
            purpose.ifPresent(p -> request.setAttribute(REQUEST_ATTRIBUTE, p));
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (user.role().requiresPurpose() && purpose.isEmpty() && !exempt(path)) {
                audit.record(user.name(), AuditTrail.ACCESS, path, "", AuditTrail.DENIED, "no purpose stated by a " + user.role());
                if (path.startsWith("/api/")) {
                    response.setStatus(400);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"" + HEADER
                            + ": the role " + user.role() + " must state the purpose of each read (header X-Purpose or parameter purpose)\","
                            + "\"field\":\"" + HEADER + "\"}");
                } else {
                    response.sendRedirect(request.getContextPath() + "/security/purpose?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean exempt(String path) {
        return EXEMPT.stream().anyMatch(path::startsWith) && NOT_EXEMPT.stream().noneMatch(path::startsWith);
    }

    static Optional<String> purpose(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String parameter = request.getParameter(PARAMETER);
        if (parameter != null && !parameter.isBlank()) {
            return Optional.of(parameter.strip());
        }
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE));
    }
}
