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

/** {@code tutela audit}: check the audit log's keyed chain against its signed checkpoints, search it, sign its head. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check and search the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Search.class, AuditCommand.Checkpoint.class, AuditCommand.PublicKey.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the HMAC chain of the whole audit log under the audit key (TUTELA_AUDIT_KEY_FILE) and check it",
                    "against the signed checkpoints (TUTELA_AUDIT_CHECKPOINTS): an altered, inserted or removed entry, a chain",
                    "rewritten without the key, a cut tail and an altered checkpoint file are found.",
                    "Exits 0 if intact, 3 naming the first broken entry or checkpoint."})
    static final class Verify implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ChainCheck check;
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                check = tutela.audit().verify();
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            check.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            if (check.intact()) {
                out.printf("audit log intact: %d entries, head hash %s, %d signed checkpoints%n", check.entries(), check.headHash(),
                        check.checkpoints());
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
        @Option(names = "--compartment", paramLabel = "C", split = ",",
                description = "Only the entries that concern these compartments (what their oversight sees); default: every entry.")
        java.util.Set<String> compartments;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                AuditQuery query = new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action),
                        Optional.ofNullable(target), Optional.ofNullable(outcome), Optional.ofNullable(from), Optional.ofNullable(to), limit,
                        Optional.ofNullable(compartments));
                for (AuditEntry e : tutela.audit().search(query)) {
                    out.println(String.join("\t", Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.target(),
                            e.purpose(), e.outcome(), e.detail(), String.join(",", e.compartments())));
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Sign the audit chain's head into the checkpoint file now (the server does it every few minutes and on shutdown).")
    static final class Checkpoint implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                if (!tutela.audit().log().keyed()) {
                    throw new IllegalArgumentException("no audit key: give TUTELA_AUDIT_KEY_FILE (make one with `tutela key audit-new`)");
                }
                var head = tutela.audit().checkpoint();
                spec.commandLine().getOut().println(head.map(h -> "signed checkpoint at entry " + h.seq() + " (" + h.hash() + ")")
                        .orElse("the last checkpoint already vouches for the head"));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = {"Print the public key (Ed25519, X.509, Base64) that checks the checkpoints signed with the current audit key:",
                    "give it to whoever keeps copies of the checkpoints, so that they can tell genuine ones."})
    static final class PublicKey implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            org.tutela.storage.security.AuditKey key = data.settings().auditKey()
                    .map(text -> org.tutela.storage.security.AuditKey.parse(text, "the audit key"))
                    .orElseThrow(() -> new IllegalArgumentException("no audit key: give TUTELA_AUDIT_KEY_FILE"));
            spec.commandLine().getOut().println(key.currentId() + " " + key.publicKey(key.currentId()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
