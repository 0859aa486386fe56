package org.tutela.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.requests.FileView;
import org.tutela.app.requests.RequestDesk;
import org.tutela.app.requests.StepInput;
import org.tutela.app.security.Caller;
import org.tutela.app.security.Role;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.requests.FileItems;
import org.tutela.json.RecordJson;
import org.tutela.storage.security.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tutela requests}: a request's workflow from the command line. Reads and steps are made as a
 * named user ({@code --as}), through that user's compartments, desk and the audit log, exactly as on
 * the web; the machine's own operator sees every request with {@code list} and {@code show} when no user is named.
 */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "A request's life after screening: its state, holds, conditions and the ledger of disclosures; steps on it.",
        subcommands = {RequestsCommand.Show.class, RequestsCommand.ListFiles.class, RequestsCommand.StepCommand.class,
                RequestsCommand.Disclosures.class})
final class RequestsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final ObjectMapper JSON = RecordJson.mapper();

    /** The registry as {@code user} sees it, or the whole registry for the operator when none is named. */
    static Registry registry(Tutela tutela, Optional<String> user) {
        if (user.isEmpty()) {
            return tutela.registry();
        }
        Caller caller = caller(tutela, user.get());
        return tutela.registryFor(() -> Optional.of(caller));
    }

    static Caller caller(Tutela tutela, String user) {
        Account account = tutela.accounts().find(user).orElseThrow(() -> new IllegalArgumentException("--as: no user named '" + user + "'"));
        return new Caller(account.name(), Role.parse(account.role()), account.compartments(), Optional.of("command line"), Optional.empty());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A request's state, holds, conditions and ledger.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The request's id.") String id;
        @Option(names = "--json", description = "The whole file as JSON.") boolean json;
        @Option(names = "--as", paramLabel = "USER", description = "Read as this user (its compartments and desk).") String as;

        @Override
        public Integer call() throws IOException {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                Optional<String> user = Optional.ofNullable(as);
                FileView view = tutela.requests().view(RecordId.of(id), registry(tutela, user),
                        user.map(u -> caller(tutela, u)).map(c -> tutela.requests().actor(c.name(), c.role())));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view));
                } else {
                    print(view, out);
                }
                out.flush();
            }
            return 0;
        }

        static void print(FileView v, PrintWriter out) {
            out.printf("%s (%s)%n", v.title(), v.request());
            out.printf("state: %s since %s (%d days), revision %d%n", v.state(), v.stateSince(), v.waitingDays(), v.revision());
            v.holder().ifPresent(h -> out.printf("holder: %s%s since %s%n", h.desk(), h.person().map(p -> " (" + p + ")").orElse(""), h.since()));
            v.screening().ifPresent(s -> out.printf("screening relied on: as of %s, rule pack %s, band %s%n", s.asOf(), s.rulePackVersion(), s.band()));
            for (FileView.AdmissionView a : v.admissions()) {
                out.printf("admission: %s on %s by %s: %s%s%n", a.outcome(), a.on(), a.by().name(), a.reason(),
                        a.departure().map(d -> " | departs from the screening: " + d).orElse(a.departsFromScreening() ? " | departs from the screening" : ""));
            }
            out.println("measures:");
            for (FileItems.MeasureItem m : v.measures()) {
                out.printf("  %d. %s%s: %s%n", m.number(), m.measure().kind(), m.measure().description().map(d -> " (" + d + ")").orElse(""),
                        m.outcome().map(Enum::name).orElse("not decided"));
            }
            out.println("conditions:");
            for (FileItems.ConditionItem c : v.conditions()) {
                out.printf("  %d. %s%s: %s%s%n", c.number(), c.condition().kind(), c.condition().text().map(t -> " (" + t + ")").orElse(""), c.state(),
                        c.evidence().isEmpty() ? "" : " - " + c.evidence().get(0).note());
            }
            out.println("holds in force:" + (v.activeHolds().isEmpty() ? " none" : ""));
            for (FileItems.HoldItem h : v.activeHolds()) {
                out.printf("  %s%s since %s%n", h.number() == 0 ? "" : "#" + h.number() + " ", h.kind(), h.since());
            }
            out.println("ledger:" + (v.ledger().isEmpty() ? " nothing disclosed" : ""));
            for (FileView.LedgerView l : v.ledger()) {
                out.printf("  %s %s to %s (%s)%s%s%n", l.disclosure().on(), l.disclosure().what(), l.disclosure().recipient(),
                        l.disclosure().authorised() ? "authorised" : "in fact", l.disclosure().decision().map(d -> " under " + d).orElse(""),
                        l.breach() ? " BREACH " + l.breaches().stream().map(b -> b.holdKind().map(Enum::name).orElse(b.kind().name())).toList() : "");
            }
            if (!v.dueDates().isEmpty()) {
                out.println("due dates:");
                v.dueDates().forEach(d -> out.printf("  %s %s%s%n", d.date(), d.kind(), d.note().map(n -> ": " + n).orElse("")));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every request by state, with its holder and how long it has waited.")
    static final class ListFiles implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Option(names = "--as", paramLabel = "USER", description = "List as this user (its compartments).") String as;
        @Option(names = "--json", description = "As JSON.") boolean json;

        @Override
        public Integer call() throws IOException {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                List<FileView.Summary> all = tutela.requests().overview(registry(tutela, Optional.ofNullable(as)));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
                } else {
                    for (FileView.Summary s : all) {
                        out.printf("%-28s %-6s days  %-40s %-30s %s%n", s.state(), s.waitingDays(), s.request(), s.holder().orElse("-"),
                                (s.activeHolds() > 0 ? s.activeHolds() + " hold(s) " : "") + (s.breaches() > 0 ? s.breaches() + " breach(es)" : ""));
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "step", mixinStandardHelpOptions = true,
            description = {"Make a step on a request's file as a user, from a JSON object (docs/workflow.md), e.g.",
                    "{\"step\":\"PLACE_HOLD\",\"hold\":\"APPEAL_PENDING\",\"reason\":\"appeal lodged\",\"revision\":4}",
                    "A step a rule refuses is written nowhere and the command fails, naming the request, the step and the rule."})
    static final class StepCommand implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The request's id.") String id;
        @Parameters(index = "1", paramLabel = "FILE", description = "The step as JSON, or - for standard input.") String file;
        @Option(names = "--as", required = true, paramLabel = "USER", description = "The user who makes the step (its desk decides what it may do).") String as;
        @Option(names = "--revision", paramLabel = "N", description = "The file's revision you acted on (instead of \"revision\" in the JSON).") Integer revision;

        @Override
        public Integer call() throws IOException {
            JsonNode body;
            try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
                body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                Caller caller = caller(tutela, as);
                RequestDesk desk = tutela.requests();
                var outcome = desk.act(RecordId.of(id), StepInput.read(body), Optional.ofNullable(revision),
                        desk.actor(caller.name(), caller.role()), registry(tutela, Optional.of(as)), "command line");
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s: entry %d %s; the request is %s%n", id, outcome.entry().number(), outcome.entry().step().kind(), outcome.file().state());
                outcome.alerts().forEach(a -> out.println("alert to " + String.join(" and ", a.to()) + ": " + a.text()));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "disclosures", mixinStandardHelpOptions = true, description = "What has left about a person, and under which decision.")
    static final class Disclosures implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON", description = "The person's record id.") String person;
        @Option(names = "--as", paramLabel = "USER", description = "As this user (its compartments).") String as;

        @Override
        public Integer call() throws IOException {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                var all = tutela.requests().disclosuresConcerning(RecordId.of(person), registry(tutela, Optional.ofNullable(as)));
                spec.commandLine().getOut().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
