package org.tutela.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.security.AuditTrail;
import org.tutela.core.registry.RecordId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tutela compartments}: which compartment records belong to. Records written through the server
 * go to their author's compartment; records imported from files have none, and nobody sees them on the
 * server until they are put in one.
 */
@Command(name = "compartments", mixinStandardHelpOptions = true, description = "Put records in a compartment (an organisation's case file).",
        subcommands = {CompartmentsCommand.Assign.class, CompartmentsCommand.Show.class})
final class CompartmentsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Put the given records, or with --unassigned every record that has no compartment yet, in COMPARTMENT.")
    static final class Assign implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "COMPARTMENT") String compartment;
        @Parameters(index = "1..*", paramLabel = "ID", description = "Record ids.") List<String> ids = List.of();
        @Option(names = "--unassigned", description = "Every record without a compartment (after an import, say).") boolean unassigned;

        @Override
        public Integer call() {
            if (!compartment.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
                throw new IllegalArgumentException("'" + compartment + "' is not a valid compartment: use 1 to 64 lower-case letters, digits, '.', '_' or '-'");
            }
            if (ids.isEmpty() == !unassigned) {
                throw new IllegalArgumentException("give record ids, or --unassigned, but not both");
            }
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                int count;
                if (unassigned) {
                    count = tutela.compartments().assignUnassigned(compartment);
                } else {
                    for (String id : ids) {
                        RecordId recordId = RecordId.of(id);
                        if (tutela.registry().history(recordId).isEmpty()) {
                            throw new IllegalArgumentException("no record with id '" + id + "'");
                        }
                    }
                    tutela.compartments().assign(ids, compartment);
                    count = ids.size();
                }
                tutela.audit().record(UsersCommand.BY, AuditTrail.ACCOUNT, compartment, "", AuditTrail.ALLOWED,
                        count + " records put in the compartment" + (unassigned ? " (all unassigned)" : ": " + String.join(",", ids)));
                spec.commandLine().getOut().printf("%d records are now in %s%n", count, compartment);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the compartment of each given record.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*") List<String> ids;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                for (String id : ids) {
                    spec.commandLine().getOut().printf("%s\t%s%n", id, tutela.compartments().of(id).orElse("(none: visible to nobody on the server)"));
                }
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
