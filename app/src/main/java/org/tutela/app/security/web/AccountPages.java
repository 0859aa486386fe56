package org.tutela.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.AuditTrail;
import org.tutela.storage.security.AuditQuery;

/** The login page, one's own account (purpose, logout everywhere), and the audit log for those who may read it. */
@Controller
public class AccountPages {
    private final Accounts accounts;
    private final AuditTrail audit;
    private final org.tutela.app.security.ApiTokens tokens;

    public AccountPages(Accounts accounts, AuditTrail audit, org.tutela.app.security.ApiTokens tokens) {
        this.accounts = accounts;
        this.audit = audit;
        this.tokens = tokens;
    }

    @GetMapping("/login")
    public String login(@RequestParam Optional<String> error, @RequestParam Optional<String> logout, Model model) {
        model.addAttribute("failed", error.isPresent());
        model.addAttribute("loggedOut", logout.isPresent());
        return "login";
    }

    @GetMapping("/security/account")
    public String account(@AuthenticationPrincipal TutelaUser user, HttpServletRequest request, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("secondFactor", accounts.find(user.name()).flatMap(a -> a.totpSecret()).isPresent());
        model.addAttribute("purpose", PurposeFilter.purpose(request).orElse(""));
        model.addAttribute("tokens", tokens.of(user.name()));
        model.addAttribute("now", java.time.Instant.now());
        // the roles a token of this user may have: within the user's own (ApiTokens.create checks it again)
        model.addAttribute("roles", java.util.Arrays.stream(org.tutela.app.security.Role.values())
                .filter(r -> r.capabilities().stream().allMatch(user.role()::can) && (!user.role().requiresPurpose() || r.requiresPurpose()))
                .toList());
        model.addAttribute("minPassword", org.tutela.app.security.PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxPassword", org.tutela.app.security.PasswordPolicy.MAX_LENGTH);
        return "security/account";
    }

    @GetMapping("/security/purpose")
    public String purposeForm(@RequestParam Optional<String> next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "security/purpose";
    }

    /** The purpose holds for the rest of the session and goes with each of its audit entries. */
    @PostMapping("/security/purpose")
    public String statePurpose(@RequestParam String purpose, @RequestParam Optional<String> next, HttpSession session, Principal principal) {
        String stated = purpose.strip();
        if (stated.length() < 5) {
            return "redirect:/security/purpose?short&next=" + java.net.URLEncoder.encode(safeNext(next), java.nio.charset.StandardCharsets.UTF_8);
        }
        session.setAttribute(PurposeFilter.SESSION_ATTRIBUTE, stated.length() > 500 ? stated.substring(0, 500) : stated);
        audit.record(principal.getName(), AuditTrail.ACCOUNT, principal.getName(), stated, AuditTrail.ALLOWED, "purpose stated for the session");
        return "redirect:" + safeNext(next);
    }

    @PostMapping("/security/logout-everywhere")
    public String logoutEverywhere(Principal principal, HttpSession session) {
        accounts.endSessions(principal.getName(), principal.getName());
        session.invalidate();
        return "redirect:/login?logout";
    }

    @GetMapping("/security/audit")
    public String auditPage(@RequestParam Optional<String> actor, @RequestParam Optional<String> action,
                            @RequestParam Optional<String> target, @RequestParam Optional<String> outcome, Model model,
                            @AuthenticationPrincipal TutelaUser principal, HttpServletRequest request) {
        AuditQuery query = new AuditQuery(actor, action, target, outcome, Optional.empty(), Optional.empty(), 200);
        var entries = audit.search(query, principal.role(), principal.compartments());
        audit.record(principal.name(), AuditTrail.SEARCH, "audit log", PurposeFilter.purpose(request).orElse(""), AuditTrail.ALLOWED,
                query + ": " + entries.size() + " entries");
        model.addAttribute("entries", entries);
        model.addAttribute("remit", principal.role() == org.tutela.app.security.Role.ADMINISTRATOR ? ""
                : String.join(", ", new java.util.TreeSet<>(principal.compartments())));
        model.addAttribute("actor", actor.orElse(""));
        model.addAttribute("action", action.orElse(""));
        model.addAttribute("target", target.orElse(""));
        model.addAttribute("outcome", outcome.orElse(""));
        return "security/audit";
    }

    /** Only a path of this server: never an open redirect to another site. */
    static String safeNext(Optional<String> next) {
        return next.filter(n -> n.startsWith("/") && !n.startsWith("//") && !n.contains("\\") && !n.contains(":")).orElse("/");
    }
}
