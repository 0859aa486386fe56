package org.tutela.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.Role;
import org.tutela.storage.security.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela users}: accounts, roles, compartments and second factors, from the server's own machine. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage user accounts. Run on the server's machine: whoever can run this can open the database anyway.",
                "Passwords are read from the terminal or, with --password-stdin, from standard input; never from an argument."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Password.class, UsersCommand.SecondFactor.class,
                UsersCommand.Desk.class})
final class UsersCommand implements Runnable {
    static final String BY = "command line (" + System.getProperty("user.name") + ")";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    // Each command below makes one change to one account: picocli makes a subcommand of each method, its parameters
    // the command's; DataOptions opens the data, makes the change and says what was done.

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role; the user's sessions end.")
    int role(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "ROLE") String role) {
        return data.change(tutela -> tutela.accounts().setRole(name, Role.parse(role), BY), String.format("%s is now %s", name, Role.parse(role)));
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Add a user to a compartment.")
    int grant(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "COMPARTMENT") String compartment) {
        return data.change(tutela -> tutela.accounts().grant(name, compartment, BY), String.format("%s is now in %s", name, compartment));
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Remove a user from a compartment; the user's sessions end.")
    int revoke(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "COMPARTMENT") String compartment) {
        return data.change(tutela -> tutela.accounts().revoke(name, compartment, BY), String.format("%s is no longer in %s", name, compartment));
    }

    @Command(name = "logout", mixinStandardHelpOptions = true, description = "End every session of the user, on every device.")
    int logout(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name) {
        return data.change(tutela -> tutela.accounts().endSessions(name, BY), String.format("every session of %s is ended", name));
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Lift a lock left by failed logins.")
    int unlock(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name) {
        return data.change(tutela -> tutela.accounts().unlock(name, BY), String.format("%s is unlocked", name));
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: no login, every session ends, every access token of the user stops working.")
    int disable(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name) {
        return data.change(tutela -> tutela.accounts().setDisabled(name, true, BY), String.format("%s is disabled", name));
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again (tokens revoked meanwhile stay revoked).")
    int enable(@Mixin DataOptions data, @Parameters(paramLabel = "NAME") String name) {
        return data.change(tutela -> tutela.accounts().setDisabled(name, false, BY), String.format("%s is enabled", name));
    }

    /** Reads a new password: twice from the terminal, or one line from standard input. */
    static char[] readPassword(boolean fromStdin, PrintWriter err) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password-stdin: standard input is empty");
            }
            return line.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to read the password from; use --password-stdin");
        }
        char[] first = console.readPassword("New password (at least " + org.tutela.app.security.PasswordPolicy.MIN_LENGTH
                + " characters; a few unrelated words will do): ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user. The first one is made with --admin.")
    static final class Add implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_' or '-'.") String name;
        @Option(names = "--admin", description = "Make the user an ADMINISTRATOR.") boolean admin;
        @Option(names = "--role", paramLabel = "ROLE", description = "ADMINISTRATOR, DOCUMENTER, REVIEWER, OVERSIGHT or ANALYST.") String role;
        @Option(names = "--compartment", paramLabel = "NAME", description = "A compartment the user belongs to (repeatable).") List<String> compartments = List.of();
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.") boolean stdin;
        @Option(names = "--desk", paramLabel = "FUNCTION", description = "For a REVIEWER: the desk it acts from in a request's workflow, "
                + "CENTRAL_AUTHORITY, PROSECUTOR or INVESTIGATING_JUDGE.") String desk;

        @Override
        public Integer call() throws IOException {
            java.util.Optional<org.tutela.core.requests.DeskFunction> function = java.util.Optional.ofNullable(desk).map(Desk::function);
            if (function.isPresent() && (admin || Role.parse(role) != Role.REVIEWER)) {
                throw new IllegalArgumentException("--desk: only a REVIEWER acts from a desk (oversight acts as oversight)");
            }
            if (admin && role != null && Role.parse(role) != Role.ADMINISTRATOR) {
                throw new IllegalArgumentException("--admin and --role " + role + " contradict each other");
            }
            if (!admin && role == null) {
                throw new IllegalArgumentException("give --role ROLE, or --admin for an administrator");
            }
            Role chosen = admin ? Role.ADMINISTRATOR : Role.parse(role);
            char[] password = readPassword(stdin, spec.commandLine().getErr());
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                tutela.accounts().add(name, password, chosen, compartments, BY);
                if (function.isPresent()) {
                    Desk.set(tutela, name, function);
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().printf("created %s (%s) in %s%n", name, chosen, compartments.isEmpty() ? "no compartment" : compartments);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their roles and compartments.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                for (Account a : tutela.accounts().list()) {
                    out.printf("%-24s %-14s %-30s %s%s%n", a.name(), a.role(), String.join(",", new java.util.TreeSet<>(a.compartments())),
                            a.totpSecret().isPresent() ? "2FA" : "no-2FA", (a.lockedAt(java.time.Instant.now()) ? " LOCKED" : "") + (a.disabled() ? " DISABLED" : ""));
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a new password; the user's sessions end and any lock is lifted.")
    static final class Password implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.") boolean stdin;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword(stdin, spec.commandLine().getErr());
            try {
                return data.change(tutela -> tutela.accounts().setPassword(name, password, BY), String.format("password of %s changed", name));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "totp", mixinStandardHelpOptions = true,
            description = {"Enrol (or replace) the user's second factor: prints the secret for an authenticator app and",
                    "ten one-time recovery codes. Hand them to the user over a safe channel; they are not shown again."})
    static final class SecondFactor implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            Accounts.SecondFactor factor;
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                factor = tutela.accounts().enrolSecondFactor(name, BY);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("secret:  " + factor.secret());
            out.println("app URI: " + factor.uri());
            out.println("recovery codes (each works once):");
            factor.recoveryCodes().forEach(c -> out.println("  " + c));
            out.flush();
            return 0;
        }
    }

    @Command(name = "desk", mixinStandardHelpOptions = true,
            description = "Set the desk a REVIEWER acts from in a request's workflow: CENTRAL_AUTHORITY, PROSECUTOR, INVESTIGATING_JUDGE, or none.")
    static final class Desk implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "FUNCTION") String function;

        static org.tutela.core.requests.DeskFunction function(String text) {
            org.tutela.core.requests.DeskFunction f = org.tutela.core.requests.DeskFunction.parse(text);
            if (f == org.tutela.core.requests.DeskFunction.OVERSIGHT) {
                throw new IllegalArgumentException("OVERSIGHT is not set on a desk: a user with the role OVERSIGHT acts as oversight");
            }
            return f;
        }

        static void set(Tutela tutela, String name, java.util.Optional<org.tutela.core.requests.DeskFunction> desk) {
            Account account = tutela.accounts().find(name).orElseThrow(() -> new IllegalArgumentException("no user named '" + name + "'"));
            if (desk.isPresent() && !Role.REVIEWER.name().equals(account.role())) {
                throw new IllegalArgumentException(name + " is " + account.role() + "; only a REVIEWER acts from a desk");
            }
            tutela.requests().desks().set(name, desk);
            tutela.audit().record(BY, org.tutela.app.security.AuditTrail.ACCOUNT, name, "", org.tutela.app.security.AuditTrail.ALLOWED,
                    "desk function set to " + desk.map(Enum::name).orElse("none"));
        }

        @Override
        public Integer call() {
            java.util.Optional<org.tutela.core.requests.DeskFunction> desk = function.equalsIgnoreCase("none")
                    ? java.util.Optional.empty() : java.util.Optional.of(function(function));
            return data.change(tutela -> set(tutela, name, desk), String.format("%s acts from %s", name, desk.map(Enum::name).orElse("no desk")));
        }
    }
}
