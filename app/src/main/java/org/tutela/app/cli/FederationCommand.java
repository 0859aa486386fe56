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
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Drafts;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.PublicKeyText;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.Retraction;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SharingRules;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.ProtectionStatus;
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
                FederationCommand.GroupSecret.class, FederationCommand.PublishDecision.class, FederationCommand.PublishProtection.class,
                FederationCommand.PublishProtected.class, FederationCommand.Check.class, FederationCommand.Retract.class,
                FederationCommand.Export.class, FederationCommand.Import.class, FederationCommand.Sent.class, FederationCommand.Received.class})
final class FederationCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the installation, runs {@code work} on it and flushes what it printed. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        abstract void run(Tutela tutela, Federation federation, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (Tutela tutela = Tutela.open(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                run(tutela, tutela.federation(), out);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Make this installation's federation id and Ed25519 key (kept 0600 in the data directory).")
    static final class Init extends Base {
        @Option(names = "--id", required = true, description = "This installation's id as its partners will know it, e.g. be-fps-justice.")
        String id;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            var key = federation.init(id);
            out.printf("federation id %s%nkey %s%nfingerprint %s%npublic key %s%n", id, key.publicKey().id(), key.publicKey().fingerprint(),
                    key.publicKey().base64());
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true, description = "Show this installation's id, key fingerprint and public key (what partners are given).")
    static final class Key extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            var key = federation.key();
            out.printf("federation id %s%nkey %s%nfingerprint %s%npublic key %s%n", federation.id(), key.publicKey().id(),
                    key.publicKey().fingerprint(), key.publicKey().base64());
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
            out.printf("partner %s: key %s, fingerprint %s, groups %s%n", id, publicKey.id(), publicKey.fingerprint(), allGroups);
        }
    }

    @Command(name = "partners", mixinStandardHelpOptions = true, description = "List the partners, their keys (with fingerprints) and groups.")
    static final class ListPartners extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (Partner p : federation.partners().all()) {
                out.printf("%s  %s  %s  groups %s%n", p.id(), p.name(), p.endpoint().map(URI::toString).orElse("(bundle files only)"), p.groups());
                for (Partner.Key k : p.keys()) {
                    out.printf("    key %s  %s%s%n", k.id(), k.key().fingerprint(), k.revoked().map(r -> "  REVOKED " + r).orElse(""));
                }
            }
            federation.rules().values().forEach(r -> out.printf("group %s receives %s, fields %s%n", r.group(),
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
                throw new FederationInputException("key", "'" + keyId + "' is no partner's key");
            }
            out.printf("key %s revoked%n", keyId);
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
            out.printf("group %s receives %s, fields %s%n", rules.group(), rules.kinds().stream().map(Content.Kind::text).toList(),
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
            out.printf("group %s encoding secret %s%n", group, federation.putGroupSecret(group, Optional.ofNullable(secret)));
        }
    }

    /** The options every publication shares. */
    abstract static class Publishing extends Base {
        @Option(names = "--to", required = true, description = "group:NAME or all-partners.")
        String to;

        @Option(names = "--marking", required = true, description = "TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
        String marking;

        @Option(names = "--by", required = true, description = "Who publishes (recorded in the disclosure ledger).")
        String by;

        void published(Federation.Published p, PrintWriter out) {
            out.printf("published bulletin %s (sequence %d) for %s: %s%n", p.envelope().bulletin().id(), p.envelope().bulletin().sequence(),
                    p.envelope().bulletin().distribution().text(), p.recipients().stream().map(Partner::id).toList());
        }
    }

    @Command(name = "publish-decision", mixinStandardHelpOptions = true, description = "Publish a decision on a request (recorded in the request's disclosure ledger).")
    static final class PublishDecision extends Publishing {
        @Parameters(paramLabel = "DECISION-ID")
        String decision;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            Decision d = tutela.registry().get(RecordId.of(decision), Decision.class).orElseThrow(() ->
                    new FederationInputException("decision", "'" + decision + "' is not a decision of this registry"));
            published(federation.publish(Distribution.parse(to), Marking.parse(marking), Drafts.decision(d, tutela.registry()),
                    Drafts.requestOf(d, tutela.registry()), by), out);
        }
    }

    /** The protection status a publishing command names, or an error naming it. */
    static ProtectionStatus protectionStatus(Tutela tutela, String id) {
        return tutela.registry().get(RecordId.of(id), ProtectionStatus.class).orElseThrow(() ->
                new FederationInputException("status", "'" + id + "' is not a protection status of this registry"));
    }

    @Command(name = "publish-protection", mixinStandardHelpOptions = true, description = "Publish a protection status (never the asylum file).")
    static final class PublishProtection extends Publishing {
        @Parameters(paramLabel = "STATUS-ID")
        String status;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            ProtectionStatus s = protectionStatus(tutela, status);
            published(federation.publish(Distribution.parse(to), Marking.parse(marking), Drafts.protection(s, tutela.registry()),
                    Optional.empty(), by), out);
        }
    }

    @Command(name = "publish-protected", mixinStandardHelpOptions = true,
            description = "Publish a protection status without the person's name: as encodings keyed with the group's secret.")
    static final class PublishProtected extends Publishing {
        @Parameters(paramLabel = "STATUS-ID")
        String status;

        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            ProtectionStatus s = protectionStatus(tutela, status);
            Distribution distribution = Distribution.parse(to);
            published(federation.publish(distribution, Marking.parse(marking), federation.encodedProtection(s, distribution),
                    Optional.empty(), by), out);
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
                    new FederationInputException("request", "'" + request + "' is not a cooperation request of this registry"));
            var hits = federation.possiblyProtected(r, tutela.registry());
            for (var h : hits) {
                out.printf("%s: possible match with a person protected by partner %s - ask through the channel (bulletin %s: %s granted by %s%s; "
                        + "similarity %.2f)%n", h.screened(), h.partner(), h.bulletin(), h.type(), h.grantingState().code(),
                        h.persecutingState().map(c -> " against " + c.code()).orElse(""), h.dice());
            }
            if (hits.isEmpty()) {
                out.println("no possible match with a person protected by a partner");
            }
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
            published(federation.publish(Distribution.parse(to), Marking.parse(marking), new Retraction(bulletin, reason), Optional.empty(), by), out);
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
            out.printf("wrote %d bulletins for %s to %s%n", Bundles.export(federation, partner, after, file), partner, file);
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
                    out.printf("accepted %s from %s%n", a.envelope().bulletin().id(), a.partner().id());
                } else if (v instanceof Reception.Refused r) {
                    out.printf("refused: %s%n", r.refusal());
                }
            }
            out.printf("%d accepted%n", accepted);
        }
    }

    @Command(name = "sent", mixinStandardHelpOptions = true, description = "List the bulletins published and to whom they were delivered.")
    static final class Sent extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (var s : federation.ledger().sentAfter(0, 1_000)) {
                out.printf("%d  %s  %s  %s  %s  %s  by %s%s%n", s.sequence(), s.bulletinId(), s.issued(), s.kind(), s.audience(), s.marking(),
                        s.publishedBy(), s.aboutRecord().map(r -> "  about " + r).orElse(""));
                federation.ledger().deliveries(s.bulletinId()).forEach(d -> out.printf("    to %s by %s at %s%n", d.partner(), d.channel(), d.at()));
            }
        }
    }

    @Command(name = "received", mixinStandardHelpOptions = true, description = "List the bulletins accepted, and the refusals.")
    static final class Received extends Base {
        @Override
        void run(Tutela tutela, Federation federation, PrintWriter out) {
            for (var r : federation.ledger().received(1_000)) {
                out.printf("%s  from %s (key %s, sequence %d)  %s  received %s by %s  records %s%s%n", r.bulletinId(), r.issuer(), r.keyId(),
                        r.sequence(), r.kind(), r.received(), r.channel(), r.records(), r.retractedBy().map(b -> "  RETRACTED by " + b).orElse(""));
            }
            for (var f : federation.ledger().refusals(1_000)) {
                out.printf("refused %s by %s: %s %s (%d bytes)%n", f.at(), f.channel(), f.reason(), f.detail(), f.bytes());
            }
        }
    }
}
