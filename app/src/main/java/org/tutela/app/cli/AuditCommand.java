package org.tutela.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditQuery;
import org.tutela.storage.security.ChainCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tutela audit}: check the audit log's hash chain, search it. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check and search the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Search.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the hash chain of the whole audit log. Exits 0 if intact, 3 naming the first broken entry.",
                    "Keep the printed head hash elsewhere: comparing it later shows whether entries were cut off the end."})
    static final class Verify implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ChainCheck check;
            try (Tutela tutela = Tutela.open(data.settings())) {
                check = tutela.audit().verify();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (check.intact()) {
                out.printf("audit log intact: %d entries, head hash %s%n", check.entries(), check.headHash());
                out.flush();
                return 0;
            }
            ChainCheck.Broken broken = check.firstBroken().orElseThrow();
            spec.commandLine().getErr().printf("audit log BROKEN at entry %d: %s (the %d entries before it are intact)%n",
                    broken.seq(), broken.reason(), check.entries());
            spec.commandLine().getErr().flush();
            return 3;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Print entries, newest first, one per line (tab-separated).")
    static final class Search implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Option(names = "--actor") String actor;
        @Option(names = "--action", description = "LOGIN, READ, SEARCH, CHANGE, EXPORT, ACCESS, ACCOUNT") String action;
        @Option(names = "--target", description = "A text the target contains.") String target;
        @Option(names = "--outcome", description = "ALLOWED, DENIED, NOT_FOUND") String outcome;
        @Option(names = "--from", description = "ISO-8601 instant, inclusive.") Instant from;
        @Option(names = "--to", description = "ISO-8601 instant, exclusive.") Instant to;
        @Option(names = "--limit", defaultValue = "100") int limit;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.open(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                for (AuditEntry e : tutela.audit().search(new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action),
                        Optional.ofNullable(target), Optional.ofNullable(outcome), Optional.ofNullable(from), Optional.ofNullable(to), limit))) {
                    out.println(String.join("\t", Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.target(),
                            e.purpose(), e.outcome(), e.detail()));
                }
                out.flush();
            }
            return 0;
        }
    }
}
