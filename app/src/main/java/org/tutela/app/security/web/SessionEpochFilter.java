package org.tutela.app.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.app.security.Accounts;
import org.tutela.storage.security.Account;

/**
 * Ends a session whose account has moved on since it logged in: "log out everywhere", a new role or
 * compartment, a new password, a removed account. Checked against the database on every request, so
 * it holds across several servers sharing one database.
 */
final class SessionEpochFilter extends OncePerRequestFilter {
    private final Accounts accounts;

    SessionEpochFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TutelaUser user) {
            Optional<Account> account = accounts.find(user.name());
            if (account.isEmpty() || account.get().sessionEpoch() != user.sessionEpoch()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
