package org.tutela.app.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, within one request: the user, the role, the compartments, the purpose stated for the
 * reads, and the compartment chosen for new records (needed when the user belongs to several).
 */
public record Caller(String name, Role role, Set<String> compartments, Optional<String> purpose, Optional<String> compartmentForNew) {
    public Caller {
        compartments = Set.copyOf(compartments);
        purpose = purpose == null ? Optional.empty() : purpose.filter(p -> !p.isBlank());
        compartmentForNew = compartmentForNew == null ? Optional.empty() : compartmentForNew.filter(p -> !p.isBlank());
    }
}
