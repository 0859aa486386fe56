package org.tutela.app.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.Role;

/** The caller's own account. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "Account", description = "Who you are logged in as; log out everywhere")
public class AccountApi {
    private final Accounts accounts;

    public AccountApi(Accounts accounts) {
        this.accounts = accounts;
    }

    public record Me(String name, Role role, Set<String> compartments, boolean secondFactor, boolean purposeRequired) {
    }

    @GetMapping
    @Operation(summary = "The logged-in user, role and compartments")
    public Me me(@AuthenticationPrincipal TutelaUser user) {
        return new Me(user.name(), user.role(), new TreeSet<>(user.compartments()),
                accounts.find(user.name()).flatMap(a -> a.totpSecret()).isPresent(), user.role().requiresPurpose());
    }

    @PostMapping("/logout-everywhere")
    @Operation(summary = "End every session of this user, on every device")
    public ResponseEntity<Void> logoutEverywhere(@AuthenticationPrincipal TutelaUser user) {
        accounts.endSessions(user.name(), user.name());
        return ResponseEntity.noContent().build();
    }
}
