package org.tutela.app.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.web.api.ApiError;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditQuery;
import org.tutela.storage.security.ChainCheck;

/** Search and check of the audit log, for administrators and oversight. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who read or changed what, when, and why; the hash chain's check")
public class AuditApi {
    private final AuditTrail audit;

    public AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Entries of the caller's remit (administrators: all; oversight: its compartments), newest first, by exact actor, action (LOGIN, READ, SEARCH, CHANGE, EXPORT, ACCESS, ACCOUNT), "
            + "outcome (ALLOWED, DENIED, NOT_FOUND), a text in the target, and a time span (from inclusive, to exclusive)")
    public List<AuditEntry> search(@RequestParam Optional<String> actor, @RequestParam Optional<String> action,
                                   @RequestParam Optional<String> target, @RequestParam Optional<String> outcome,
                                   @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
                                   @RequestParam(defaultValue = "100") int limit,
                                   @org.springframework.security.core.annotation.AuthenticationPrincipal TutelaUser principal,
                                   jakarta.servlet.http.HttpServletRequest request) {
        AuditQuery query = new AuditQuery(actor, action, target, outcome, from, to, limit);
        // administrators see every entry, oversight those of its compartments
        List<AuditEntry> found = audit.search(query, principal.role(), principal.compartments());
        // reading who read what is itself a read worth accounting for
        audit.record(principal.name(), AuditTrail.SEARCH, "audit log", PurposeFilter.purpose(request).orElse(""), AuditTrail.ALLOWED,
                query + ": " + found.size() + " entries");
        return found;
    }

    /**
     * The chain's check as the caller may see it. Administrators get all of it; oversight learns whether the
     * chain is intact, but not how many entries it holds, its head or where it broke: those count and place
     * the entries of every compartment, which oversight of one compartment may not see.
     */
    public record Verdict(boolean intact, Optional<ChainCheck> check) {
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain: whether it is intact; for administrators also how many entries, the head, "
            + "and the first entry altered, removed or inserted")
    public Verdict verify(@org.springframework.security.core.annotation.AuthenticationPrincipal TutelaUser principal) {
        ChainCheck check = audit.verify();
        return new Verdict(check.intact(), principal.role() == org.tutela.app.security.Role.ADMINISTRATOR ? Optional.of(check) : Optional.empty());
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> bad(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException m ? m.getName() + ": is not of the expected form" : e.getMessage();
        return ResponseEntity.badRequest().body(new ApiError(400, HttpStatus.BAD_REQUEST.getReasonPhrase(), message, Optional.empty()));
    }
}
