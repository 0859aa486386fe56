package org.tutela.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code tutela demo}: a fresh embedded registry holding the seed case, served on the web. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the seed case (Botagoz Jardemalie and related exiles) and the demo's public list into a fresh",
                "embedded database in the data directory (--data or $TUTELA_DATA; without either ~/.tutela/demo, so that it",
                "never meets a real installation in ~/.tutela) and start the server. Give the same --data to every other",
                "command. The demo directory is wiped and rebuilt on every run; a directory it did not make is never wiped."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load the demo data and exit without starting the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        Settings demo = DemoData.withNewKeys(data.dataDirOr(Path.of(System.getProperty("user.home"), ".tutela", "demo")));
        int loaded = DemoData.load(demo);
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println("Loaded the seed case: " + loaded + " records into " + demo.dataDir());
        out.println();
        out.println("DEMO ONLY - the demo's database is encrypted and its audit chain keyed with keys made for this run, kept in "
                + DemoData.keysOf(demo.dataDir()) + " (outside the demo's data directory). The command line finds them there for the");
        out.println("demo directory only. A real installation makes its own (`tutela key new --out`, `tutela key audit-new --out`) and");
        out.println("keeps them on another medium: see README, Security.");
        printDemoUsers(demo);
        spec.commandLine().getOut().flush();
        if (!noServe) {
            ServeCommand.start(demo, port);
        }
        return 0;
    }

    /** The demo's users, one per role; their passwords are new on every run. */
    private void printDemoUsers(Settings demo) {
        java.util.List<DemoUsers.DemoUser> users;
        try (Tutela tutela = Tutela.open(demo)) {
            users = DemoUsers.create(tutela);
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("DEMO ONLY - these accounts and passwords are for trying Tutela on the demo data; never use them for a real installation.");
        out.printf("  %-20s %-18s %-14s %s%n", "user", "password", "role", "compartment");
        for (DemoUsers.DemoUser u : users) {
            out.printf("  %-20s %-18s %-14s %s%n", u.name(), u.password(), u.role(), u.compartment());
        }
        out.println("The seed case is in the compartment '" + DemoUsers.SEED_COMPARTMENT + "'; demo-outsider belongs to another and sees none of it.");
        out.println("Reviewer and oversight state a purpose before they read. Log in at the address below.");
        out.println("In a request's workflow demo-reviewer acts as the central authority, demo-prosecutor as the prosecutor and demo-judge as");
        out.println("the investigating judge; demo-oversight opens reviews and places holds. Try /requests/request-kz-be-mla-2018-03-30/workflow.");
        out.println();
    }
}
