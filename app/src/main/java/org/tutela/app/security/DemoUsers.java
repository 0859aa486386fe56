package org.tutela.app.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.tutela.app.Tutela;

/**
 * The demo's users: one per role in the seed case's compartment, and one documenter of another
 * organisation who must see none of it. Passwords are random on every run and printed by
 * {@code tutela demo}: demo only, never for real data.
 */
public final class DemoUsers {
    public static final String SEED_COMPARTMENT = "seed-case";
    public static final String OTHER_COMPARTMENT = "other-ngo";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoUsers() {
    }

    public record DemoUser(String name, String password, Role role, String compartment) {
        @Override
        public String toString() {
            return "DemoUser[" + name + ", " + role + ", " + compartment + "]";
        }
    }

    /** Puts every record without a compartment into the seed case's, and creates the demo users. */
    public static List<DemoUser> create(Tutela tutela) {
        tutela.compartments().assignUnassigned(SEED_COMPARTMENT);
        List<DemoUser> users = new ArrayList<>();
        for (Role role : Role.values()) {
            users.add(new DemoUser("demo-" + role.name().toLowerCase(), password(), role, SEED_COMPARTMENT));
        }
        // the three filters of a request's workflow: demo-reviewer is the central authority
        users.add(new DemoUser("demo-prosecutor", password(), Role.REVIEWER, SEED_COMPARTMENT));
        users.add(new DemoUser("demo-judge", password(), Role.REVIEWER, SEED_COMPARTMENT));
        users.add(new DemoUser("demo-outsider", password(), Role.DOCUMENTER, OTHER_COMPARTMENT));
        for (DemoUser u : users) {
            tutela.accounts().add(u.name(), u.password().toCharArray(), u.role(), List.of(u.compartment()), "tutela demo");
        }
        tutela.requests().desks().set("demo-reviewer", java.util.Optional.of(org.tutela.core.requests.DeskFunction.CENTRAL_AUTHORITY));
        tutela.requests().desks().set("demo-prosecutor", java.util.Optional.of(org.tutela.core.requests.DeskFunction.PROSECUTOR));
        tutela.requests().desks().set("demo-judge", java.util.Optional.of(org.tutela.core.requests.DeskFunction.INVESTIGATING_JUDGE));
        return users;
    }

    private static String password() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            p.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return p.toString();
    }
}
