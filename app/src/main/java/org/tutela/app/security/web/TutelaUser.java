package org.tutela.app.security.web;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.tutela.app.security.Role;

/** The logged-in user as a session holds it; {@code sessionEpoch} ties the session to the account's current epoch. */
public record TutelaUser(String name, Role role, Set<String> compartments, int sessionEpoch) implements AuthenticatedPrincipal, Serializable {
    public TutelaUser {
        compartments = Set.copyOf(compartments);
    }

    @Override
    public String getName() {
        return name;
    }
}
