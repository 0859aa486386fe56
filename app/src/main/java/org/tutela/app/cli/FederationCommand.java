package org.tutela.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tutela.app.Tutela;
import org.tutela.app.federation.Bundles;
import org.tutela.app.federation.Federation;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.PublicKeyText;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SharingRules;
import org.tutela.core.registry.RecordId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela federation}: this installation's key, its partners and groups, bulletins published and received (docs/federation.md). */
@Command(name = "federation", mixinStandardHelpOptions = true,
        description = {"Exchange signed bulletins with other installations (docs/federation.md)."},
        subcommands = {FederationCommand.Init.class, FederationCommand.Key.class, FederationCommand.AddPartner.class,
                FederationCommand.ListPartners.class, FederationCommand.RevokeKey.class, FederationCommand.SetGroup.class,
                FederationCommand.GroupSecret.class, FederationPublishing.PublishDecision.class, FederationPublishing.PublishProtection.class,
                FederationPublishing.PublishProtected.class, FederationCommand.Check.class, FederationPublishing.Retract.class,
                FederationCommand.Export.class, FederationCommand.Import.class, FederationCommand.Sent.class, FederationCommand.Received.class})
final class FederationCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the installation, runs {@code work} on it and flushes what it printed, in the words of {@code --lang}. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Language of the output: en, fr, nl or ru. Default: ${DEFAULT-VALUE}.")
        String lang;

        /** The output's words ({@code cli.*} of the federation bundle). */
        CliWords words;

        abstract void run(Tutela tutela, Federation federation, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            words = CliWords.of(lang);
            try (Tutela tutela = Tutela.open(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                run(tutela, tutela.federation(), out);
                out.flush();
            }
            return 0;
        }

        /** One line of output, worded by {@code key}. */
        void say(PrintWriter out, String key, Object... args) {
            out.println(words.say(key, args));
        }

        String word(String key, Object... args) {
            return words.say(key, args);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Make this installation's federation id and Ed25519 key (kept 0600 in the data directory).")
    static final class Init extends Base {
        @Option(names = "--id", required = true, description = "This installation's id as its partners will know it, e.g. be-fps-justice.")
        String id;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            var key = federation.init(id);
            identity(this, out, id, key.publicKey());
        }
    }

    /** This installation's id and key, as partners are to be given them. */
    static void identity(Base command, PrintWriter out, String id, PublicKeyText key) {
        command.say(out, "cli.identity.id", id);
        command.say(out, "cli.identity.key", key.id());
        command.say(out, "cli.identity.fingerprint", key.fingerprint());
        command.say(out, "cli.identity.public-key", key.base64());
    }

    @Command(name = "key", mixinStandardHelpOptions = true, description = "Show this installation's id, key fingerprint and public key (what partners are given).")
    static final class Key extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            identity(this, out, federation.id(), federation.key().publicKey());
        }
    }

    @Command(name = "add-partner", mixinStandardHelpOptions = true,
            description = {"Add a partner with its public key, or add a key or groups to one.",
                    "Compare the fingerprint printed with the partner's over another channel before trusting it."})
    static final class AddPartner extends Base {
        @Option(names = "--id", required = true)
        String id;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--key", required = true, description = "The partner's public key (Base64, as its `tutela federation key` prints it).")
        String key;

        @Option(names = "--endpoint", description = "Where the partner listens (https://...); none for an office reached by bundle files.")
        URI endpoint;

        @Option(names = "--group", description = "A sharing group shared with this partner (repeat).")
        List<String> groups = new java.util.ArrayList<>();

        @Option(names = "--compartment", description = "The compartment the records of this partner's bulletins are written into "
                + "(default: as before; at first, the unassigned pool).")
        String compartment;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            PublicKeyText publicKey = new PublicKeyText(key);
            Optional<Partner> known = federation.partners().find(id);
            List<Partner.Key> keys = new java.util.ArrayList<>(known.map(Partner::keys).orElse(List.of()));
            if (keys.stream().noneMatch(k -> k.id().equals(publicKey.id()))) {
                keys.add(new Partner.Key(publicKey, java.time.Instant.now(), Optional.empty()));
            }
            Set<String> allGroups = new java.util.TreeSet<>(known.map(Partner::groups).orElse(Set.of()));
            allGroups.addAll(groups);
            federation.putPartner(new Partner(id, name, Optional.ofNullable(endpoint).or(() -> known.flatMap(Partner::endpoint)), keys, allGroups));
            if (compartment != null) {
                federation.setReceivingCompartment(id, Optional.of(compartment));
            }
            say(out, "cli.partner.added", id, publicKey.id(), publicKey.fingerprint(), allGroups);
            federation.receivingCompartment(id).ifPresent(c -> say(out, "cli.partner.receiving", id, c));
        }
    }

    @Command(name = "partners", mixinStandardHelpOptions = true, description = "List the partners, their keys (with fingerprints) and groups.")
    static final class ListPartners extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (Partner p : federation.partners().all()) {
                say(out, "cli.partners.partner", p.id(), p.name(), p.endpoint().map(URI::toString).orElse(word("cli.partners.bundles-only")),
                        p.groups(), federation.receivingCompartment(p.id()).map(c -> word("cli.partners.compartment", c))
                                .orElse(word("cli.partners.pool")));
                for (Partner.Key k : p.keys()) {
                    say(out, "cli.partners.key", k.id(), k.key().fingerprint(), k.revoked().map(r -> word("cli.partners.revoked", r)).orElse(""));
                }
            }
            federation.rules().values().forEach(r -> say(out, "cli.group.rules", r.group(),
                    r.kinds().stream().map(Content.Kind::text).toList(), r.fields().stream().map(Sensitive.Field::text).toList()));
        }
    }

    @Command(name = "revoke-key", mixinStandardHelpOptions = true, description = "Revoke a partner's key: nothing it signs is accepted from now on.")
    static final class RevokeKey extends Base {
        @Parameters(paramLabel = "KEY-ID")
        String keyId;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            if (!federation.revokeKey(keyId)) {
                throw new FederationInputException("key", "federation.key.unknown", keyId);
            }
            say(out, "cli.key.revoked", keyId);
        }
    }

    @Command(name = "set-group", mixinStandardHelpOptions = true,
            description = {"Set what a sharing group receives (and may send here): kinds of bulletin and sensitive fields.",
                    "Use the group all-partners for bulletins sent to every partner."})
    static final class SetGroup extends Base {
        @Option(names = "--group", required = true)
        String group;

        @Option(names = "--kinds", split = ",", description = "decision, protection-status, screening-outcome, condition-breached, incident (default: all).")
        List<String> kinds;

        @Option(names = "--fields", split = ",", description = "Sensitive fields the group receives: confidential-sources, relatives, addresses (default: none).")
        List<String> fields = new java.util.ArrayList<>();

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            Set<Content.Kind> k = kinds == null ? EnumSet.allOf(Content.Kind.class)
                    : kinds.stream().map(Content.Kind::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(Content.Kind.class)));
            Set<Sensitive.Field> f = fields.stream().map(Sensitive.Field::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sensitive.Field.class)));
            SharingRules rules = new SharingRules(group, k, f);
            federation.putRules(rules);
            say(out, "cli.group.rules", rules.group(), rules.kinds().stream().map(Content.Kind::text).toList(),
                    rules.fields().stream().map(Sensitive.Field::text).toList());
        }
    }

    @Command(name = "group-secret", mixinStandardHelpOptions = true,
            description = {"Make (or set) the secret of a group's person encoding and print it, to hand to the group's members",
                    "over a secure channel. Kept 0600 in the data directory, never in the database."})
    static final class GroupSecret extends Base {
        @Option(names = "--group", required = true)
        String group;

        @Option(names = "--secret", description = "The group's secret as another member printed it (default: make a new one).")
        String secret;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            say(out, "cli.group.secret", group, federation.putGroupSecret(group, Optional.ofNullable(secret)));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Whether a request's targets may be persons protected by partners (from their encodings; no name is known).")
    static final class Check extends Base {
        @Parameters(paramLabel = "REQUEST-ID")
        String request;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            org.tutela.core.registry.CooperationRequest r = tutela.registry().get(RecordId.of(request),
                    org.tutela.core.registry.CooperationRequest.class).orElseThrow(() ->
                    new FederationInputException("request", "federation.request.unknown", request));
            var hits = federation.possiblyProtected(r, tutela.registry());
            for (var h : hits) {
                say(out, "cli.check.match", h.screened(), h.partner(), h.bulletin(), h.type(), h.grantingState().code(),
                        h.persecutingState().map(c -> word("cli.check.against", c.code())).orElse(""),
                        String.format(java.util.Locale.ROOT, "%.2f", h.dice()));
            }
            if (hits.isEmpty()) {
                say(out, "cli.check.none");
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the bulletins a partner is to receive to a bundle file, to carry.")
    static final class Export extends Base {
        @Option(names = "--partner", required = true)
        String partner;

        @Option(names = "--after", defaultValue = "0", description = "Only bulletins after this sequence number (default: all).")
        long after;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) throws Exception {
            say(out, "cli.export.wrote", Bundles.export(federation, partner, after, file), partner, file);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Receive the bulletins of a bundle file: each is verified on its own.")
    static final class Import extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) throws Exception {
            int accepted = 0;
            for (Reception.Verdict v : Bundles.importFile(federation, file)) {
                if (v instanceof Reception.Accepted a) {
                    accepted++;
                    say(out, "cli.import.accepted", a.envelope().bulletin().id(), a.partner().id());
                } else if (v instanceof Reception.Refused r) {
                    // the reason is a code partners share; what was wrong with the bulletin is said in --lang
                    say(out, "cli.import.refused", r.refusal().reason().text() + ": " + r.refusal().detail(java.util.Locale.forLanguageTag(lang)));
                }
            }
            say(out, "cli.import.count", accepted);
        }
    }

    @Command(name = "sent", mixinStandardHelpOptions = true, description = "List the bulletins published and to whom they were delivered.")
    static final class Sent extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (var s : federation.ledger().sentAfter(0, 1_000)) {
                say(out, "cli.sent.bulletin", s.sequence(), s.bulletinId(), s.issued(), s.kind(), s.audience(), s.marking(),
                        s.publishedBy(), s.aboutRecord().map(r -> word("cli.sent.about", r)).orElse(""));
                federation.ledger().deliveries(s.bulletinId()).forEach(d -> say(out, "cli.sent.delivery", d.partner(), d.channel(), d.at()));
            }
        }
    }

    @Command(name = "received", mixinStandardHelpOptions = true, description = "List the bulletins accepted, and the refusals.")
    static final class Received extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (var r : federation.ledger().received(1_000)) {
                say(out, "cli.received.bulletin", r.bulletinId(), r.issuer(), r.keyId(), r.sequence(), r.kind(), r.received(), r.channel(),
                        r.records(), r.retractedBy().map(b -> word("cli.received.retracted", b)).orElse(""));
            }
            for (var f : federation.ledger().refusals(1_000)) {
                say(out, "cli.received.refusal", f.at(), f.channel(), f.reason(), f.detail(), f.bytes());
            }
        }
    }
}
