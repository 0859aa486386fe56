package org.tutela.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;
import org.tutela.app.Tutela;
import org.tutela.app.federation.Federation;
import org.tutela.app.security.CompartmentView;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Drafts;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Retraction;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code tutela federation} subcommands that publish a bulletin. Each says only what it names and what it drafts
 * from it; {@link Publishing#publish} reads the compartment's view, finds the record, drafts, publishes and prints.
 */
final class FederationPublishing {
    private FederationPublishing() {
    }

    /** What is published: the bulletin's content and the request it concerns, whose disclosure ledger records it. */
    record Draft(Content content, Optional<RecordId> aboutRequest) {
        static Draft of(Content content) {
            return new Draft(content, Optional.empty());
        }
    }

    /** Drafts the bulletin from the record a subcommand named, as its compartment sees it, for the distribution given. */
    @FunctionalInterface
    interface Drafting<T> {
        Draft draft(T record, RegistryView view, Distribution distribution);
    }

    /** The options every publication shares. */
    abstract static class Publishing extends FederationCommand.Base {
        @Option(names = "--to", required = true, description = "group:NAME or all-partners.")
        String to;

        @Option(names = "--marking", required = true, description = "TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
        String marking;

        @Option(names = "--by", required = true, description = "Who publishes (recorded in the disclosure ledger).")
        String by;

        @Option(names = "--compartment", description = {"Draft from what this compartment may see (default: the unassigned pool,",
                "the command line's own records). Never the registry as a whole."})
        String compartment;

        /**
         * Finds the record in what the compartment may see, drafts from it and publishes: the record is looked up
         * before the options are read, so that a missing one is the error named first.
         */
        <T> void publish(Tutela tutela, Federation federation, PrintWriter out, Function<RegistryView, T> find, Drafting<T> drafting) {
            RegistryView view = new CompartmentView(tutela.registry(), tutela.compartments(), Optional.ofNullable(compartment));
            T record = find.apply(view);
            Distribution distribution = Distribution.parse(to);
            Marking parsedMarking = Marking.parse(marking);
            Draft draft = drafting.draft(record, view, distribution);
            published(federation.publish(distribution, parsedMarking, draft.content(), draft.aboutRequest(), by), out);
        }

        /** The record {@code id} of {@code kind} in the compartment's view, or an error naming the option and where it was looked for. */
        <T extends org.tutela.core.registry.RegistryRecord> T named(RegistryView view, String id, Class<T> kind, String field) {
            return view.get(RecordId.of(id), kind).orElseThrow(() ->
                    compartment == null ? new FederationInputException(field, "federation.publish.not-found." + field + ".unassigned", id)
                            : new FederationInputException(field, "federation.publish.not-found." + field, id, compartment));
        }

        void published(Federation.Published p, PrintWriter out) {
            say(out, "cli.published", p.envelope().bulletin().id(), p.envelope().bulletin().sequence(),
                    p.envelope().bulletin().distribution().text(), p.recipients().stream().map(Partner::id).toList());
        }
    }

    @Command(name = "publish-decision", mixinStandardHelpOptions = true, description = "Publish a decision on a request (recorded in the request's disclosure ledger).")
    static final class PublishDecision extends Publishing {
        @Parameters(paramLabel = "DECISION-ID")
        String decision;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            publish(tutela, federation, out, view -> named(view, decision, Decision.class, "decision"),
                    (d, view, to) -> new Draft(Drafts.decision(d, view), Drafts.requestOf(d, view)));
        }
    }

    /** A publication of the protection status its parameter names. */
    abstract static class PublishingStatus extends Publishing {
        @Parameters(paramLabel = "STATUS-ID")
        String status;

        ProtectionStatus status(RegistryView view) {
            return named(view, status, ProtectionStatus.class, "status");
        }
    }

    @Command(name = "publish-protection", mixinStandardHelpOptions = true, description = "Publish a protection status (never the asylum file).")
    static final class PublishProtection extends PublishingStatus {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            publish(tutela, federation, out, this::status, (s, view, to) -> Draft.of(Drafts.protection(s, view)));
        }
    }

    @Command(name = "publish-protected", mixinStandardHelpOptions = true,
            description = "Publish a protection status without the person's name: as encodings keyed with the group's secret.")
    static final class PublishProtected extends PublishingStatus {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            publish(tutela, federation, out, this::status, (s, view, to) -> Draft.of(federation.encodedProtection(s, to, view)));
        }
    }

    @Command(name = "retract", mixinStandardHelpOptions = true, description = "Retract a bulletin this installation published: receivers retract what it became.")
    static final class Retract extends Publishing {
        @Parameters(paramLabel = "BULLETIN-ID")
        String bulletin;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            // names no record of the registry: nothing is read from a compartment
            published(federation.publish(Distribution.parse(to), Marking.parse(marking), new Retraction(bulletin, reason), Optional.empty(), by), out);
        }
    }
}
