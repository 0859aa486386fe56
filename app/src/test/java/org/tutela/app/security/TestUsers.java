package org.tutela.app.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.tutela.app.Tutela;

/** Accounts for tests that call the server: created in the test's own registry, used with HTTP Basic. */
public final class TestUsers {
    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    /** Creates the user in these compartments and returns the value of its Authorization header. */
    public static String create(Tutela tutela, String name, Role role, String... compartments) {
        tutela.accounts().add(name, PASSWORD.toCharArray(), role, List.of(compartments), "test");
        return basic(name, PASSWORD);
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
