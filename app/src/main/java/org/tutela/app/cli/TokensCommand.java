package org.tutela.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.security.ApiTokens;
import org.tutela.app.security.Role;
import org.tutela.storage.security.StoredToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela tokens}: API access tokens of a user, from the server's own machine. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Create, list and revoke API access tokens (Authorization: Bearer <token>).",
                "A token acts for its owner with at most the owner's current role and compartments."},
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for OWNER and print it once; only its hash is kept.")
    static final class Create implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OWNER") String owner;
        @Option(names = "--role", paramLabel = "ROLE", description = "A role within the owner's (default: the owner's).") String role;
        @Option(names = "--compartment", paramLabel = "NAME", description = "Limit to these of the owner's compartments (repeatable; default: all).")
        List<String> compartments = List.of();
        @Option(names = "--days", paramLabel = "N", description = "Days until it expires (1 to 365; default 30).") int days = 30;
        @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for.") String label = "";

        @Override
        public Integer call() {
            ApiTokens.Issued issued;
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                issued = tutela.tokens().create(owner, Optional.ofNullable(role).map(Role::parse), new TreeSet<>(compartments),
                        Duration.ofDays(days), label, UsersCommand.BY);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(issued.secret());
            spec.commandLine().getErr().printf("token %s for %s: role %s, compartments %s, expires %s. It is shown only now.%n",
                    issued.token().id(), owner, issued.token().role(), issued.token().compartments(), issued.token().expiresAt());
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List OWNER's tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OWNER") String owner;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                Instant now = Instant.now();
                for (StoredToken t : tutela.tokens().of(owner)) {
                    String state = t.revokedAt().isPresent() ? "revoked" : t.liveAt(now) ? "live" : "expired";
                    out.printf("%-22s %-8s %-14s %-30s expires %s  %s%n", t.id(), state, t.role(), String.join(",", new TreeSet<>(t.compartments())),
                            t.expiresAt(), t.label());
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id (from tokens list); it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            return data.change(tutela -> tutela.tokens().revoke(Optional.empty(), id, UsersCommand.BY), String.format("token %s is revoked", id));
        }
    }
}
