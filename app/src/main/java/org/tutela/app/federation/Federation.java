package org.tutela.app.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.app.requests.RequestDesk;
import org.tutela.core.federation.Bulletin;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Derivation;
import org.tutela.core.federation.Distribution;
import org.tutela.core.federation.Envelope;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Marking;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Partners;
import org.tutela.core.federation.Publication;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.ReceptionCheck;
import org.tutela.core.federation.Retraction;
import org.tutela.core.federation.SharingRules;
import org.tutela.core.federation.SigningKey;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.Disclosure;
import org.tutela.core.requests.Step;
import org.tutela.json.federation.BulletinJson;
import org.tutela.storage.PrivateFiles;
import org.tutela.storage.federation.BulletinLedger;
import org.tutela.storage.federation.PartnerRegistry;
import org.tutela.storage.registry.JdbcRegistry;

/**
 * This installation in the federation (docs/federation.md): its own id and signing key (files in the data
 * directory, 0600), its partners, what it publishes and what it accepts. Publishing records a disclosure in the
 * request's ledger when the bulletin is about a request; receiving judges by every reception check, and an
 * accepted bulletin's registry records are written in the same transaction as its row, so that a process killed
 * half way leaves neither.
 */
public final class Federation {
    private static final Logger LOG = LoggerFactory.getLogger(Federation.class);
    public static final String KEY_FILE = "federation.key";
    public static final String ID_FILE = "federation.id";
    /** How long a bulletin may take to arrive (bundle files are carried by hand); within it ids and sequence numbers are remembered. */
    public static final Duration MAX_AGE = Duration.ofDays(180);
    public static final Duration SKEW = Duration.ofMinutes(5);

    /** What publishing gave: the envelope, and the partners it is for. */
    public record Published(Envelope envelope, List<Partner> recipients) {
    }

    private final Path dataDir;
    private final PartnerRegistry partners;
    private final BulletinLedger ledger;
    private final JdbcRegistry registry;
    private final RequestDesk requests;
    private final Clock clock;
    private final GroupSecrets secrets;
    private volatile org.tutela.core.names.NameAnalyser analyser;
    private final PartnerReadings readings;

    private final org.tutela.storage.security.RecordCompartments compartments;

    public Federation(Path dataDir, PartnerRegistry partners, BulletinLedger ledger, JdbcRegistry registry, RequestDesk requests,
                      org.tutela.storage.security.RecordCompartments compartments, Clock clock) {
        this.compartments = compartments;
        this.dataDir = dataDir;
        this.partners = partners;
        this.ledger = ledger;
        this.registry = registry;
        this.requests = requests;
        this.clock = clock;
        this.secrets = new GroupSecrets(dataDir);
        this.readings = new PartnerReadings(ledger, secrets, this::analyser);
    }

    // --- this installation

    /** Makes this installation's federation id and key; refuses when they exist (a new key is a new identity for every partner). */
    public SigningKey init(String id) {
        Path keyFile = dataDir.resolve(KEY_FILE);
        if (Files.exists(keyFile)) {
            throw new FederationInputException("init", "federation.init.exists", keyFile.toString(), key().publicKey().fingerprint());
        }
        Partner probe = new Partner(id, id, Optional.empty(), List.of(), java.util.Set.of()); // checks the id's form
        SigningKey key = SigningKey.generate();
        try {
            PrivateFiles.writeString(dataDir.resolve(ID_FILE), probe.id() + "\n");
            PrivateFiles.writeString(keyFile, key.text());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + keyFile + ": " + e.getMessage(), e);
        }
        return key;
    }

    public String id() {
        return read(ID_FILE).strip();
    }

    public SigningKey key() {
        return SigningKey.parse(read(KEY_FILE), dataDir.resolve(KEY_FILE).toString());
    }

    public boolean initialised() {
        return Files.exists(dataDir.resolve(KEY_FILE)) && Files.exists(dataDir.resolve(ID_FILE));
    }

    private String read(String file) {
        try {
            return Files.readString(dataDir.resolve(file));
        } catch (IOException e) {
            throw new FederationInputException("federation", "federation.no-identity", dataDir.resolve(file).toString());
        }
    }

    // --- partners and groups

    public Partners partners() {
        return partners.partners();
    }

    public void putPartner(Partner partner) {
        partners.putPartner(partner);
    }

    public boolean revokeKey(String keyId) {
        return partners.revokeKey(keyId, clock.instant());
    }

    /** The compartment the records of {@code partner}'s bulletins go to; empty: the unassigned pool. */
    public Optional<String> receivingCompartment(String partner) {
        return partners.receivingCompartment(partner);
    }

    public Map<String, String> receivingCompartments() {
        return partners.receivingCompartments();
    }

    /**
     * Sets where the records of {@code partner}'s bulletins are written from now on (empty: the unassigned pool).
     * What was received before stays where it is: moving it is `tutela compartments assign`.
     */
    public void setReceivingCompartment(String partner, Optional<String> compartment) {
        Optional<String> name = compartment.map(String::strip);
        if (name.isPresent() && !isCompartmentName(name.get())) {
            throw new FederationInputException("compartment", "federation.compartment.invalid", name.get());
        }
        if (!partners.setReceivingCompartment(partner, name)) {
            throw new FederationInputException("partner", "federation.partner.unknown", partner);
        }
        LOG.info("federation: bulletins from {} are received into {}", partner, name.map(n -> "compartment " + n).orElse("the unassigned pool"));
    }

    private static final java.util.regex.Pattern COMPARTMENT = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The form of a compartment's name, as `tutela compartments assign` takes it. */
    public static boolean isCompartmentName(String name) {
        return COMPARTMENT.matcher(name).matches();
    }

    public Map<String, SharingRules> rules() {
        return partners.rules();
    }

    public SharingRules rulesFor(String group) {
        return partners.rules().getOrDefault(group, SharingRules.byDefault(group));
    }

    public void putRules(SharingRules rules) {
        partners.putRules(rules);
    }

    /** Keeps the secret of a group's person encoding (a new one when none is given) and returns it, to hand to the group's members. */
    public String putGroupSecret(String group, Optional<String> secret) {
        return secrets.put(group, secret);
    }

    private org.tutela.core.names.NameAnalyser analyser() {
        if (analyser == null) {
            analyser = org.tutela.core.names.NameAnalyser.standard();
        }
        return analyser;
    }

    /**
     * A protection status as a bulletin that names nobody: encoded with the secret of the group it goes to, the person
     * read from {@code view} (what the drafting compartment may see, never the registry as a whole).
     */
    public org.tutela.core.federation.ProtectedPerson encodedProtection(org.tutela.core.registry.ProtectionStatus status, Distribution distribution,
                                                                        org.tutela.core.registry.RegistryView view) {
        String group = Publication.audienceOf(distribution);
        org.tutela.core.federation.PersonEncoding encoder = secrets.encoder(group).orElseThrow(() -> new FederationInputException("group",
                "federation.group.no-secret", group));
        return org.tutela.core.federation.Drafts.protectedPerson(status, view, encoder, analyser());
    }

    /** What partners sent, read for screenings and the request's page. */
    public PartnerReadings readings() {
        return readings;
    }

    /** The possible matches of a request's targets among partners' protected persons ({@link PartnerReadings#possiblyProtected}). */
    public List<org.tutela.core.federation.ProtectedMatching.Hit> possiblyProtected(CooperationRequest request,
                                                                                  org.tutela.core.registry.RegistryView view) {
        return readings.possiblyProtected(request, view);
    }

    /** The screening's port for partners' protected persons ({@link PartnerReadings#partnerProtection}). */
    public org.tutela.core.screening.PartnerProtection partnerProtection() {
        return readings.partnerProtection();
    }

    // --- publishing

    /**
     * Publishes {@code content}: stripped by the group's rules, numbered, signed, kept. When it is about a
     * request of this registry, the request's disclosure ledger records it first; the workflow may refuse (a hold).
     */
    public Published publish(Distribution distribution, Marking marking, Content content, Optional<RecordId> aboutRequest, String by) {
        String self = id();
        SigningKey key = key();
        List<Partner> recipients = partners().reachedBy(distribution);
        for (int attempt = 0; ; attempt++) {
            Bulletin bulletin = Publication.bulletin(self, ledger.nextSequence(), clock.instant(), distribution, marking, content,
                    rulesFor(Publication.audienceOf(distribution)));
            Envelope envelope = BulletinJson.seal(bulletin, key);
            BulletinLedger.Sent sent = new BulletinLedger.Sent(bulletin.id(), bulletin.sequence(), content.kind().text(), bulletin.audience(),
                    marking.label(), bulletin.issued(), by, aboutRequest.map(RecordId::value),
                    new String(BulletinJson.write(envelope), StandardCharsets.UTF_8));
            try {
                if (attempt == 0 && aboutRequest.isPresent()) {
                    recordDisclosure(aboutRequest.get(), bulletin, recipients, by);
                }
                ledger.recordSent(sent);
                LOG.info("federation: published bulletin {} ({}, {}, {}) to {} partners", bulletin.id(), content.kind().text(),
                        distribution.text(), marking.label(), recipients.size());
                return new Published(envelope, recipients);
            } catch (org.tutela.storage.StorageException e) {
                if (attempt >= 3) {
                    throw e;
                }
                // another publication took the sequence number first: number again
            }
        }
    }

    private void recordDisclosure(RecordId requestId, Bulletin bulletin, List<Partner> recipients, String by) {
        CooperationRequest request = registry.get(requestId, CooperationRequest.class).orElseThrow(() ->
                new FederationInputException("request", "federation.request.unknown", requestId));
        // a closed file takes no authorised disclosure; what left is then recorded as a fact (holds still judge an open one)
        boolean open = !requests.file(requestId, registry).state().terminal();
        String to = bulletin.distribution().text() + ": " + String.join(", ", recipients.stream().map(Partner::id).toList());
        Disclosure disclosure = new Disclosure(Disclosure.Item.OTHER, "federation bulletin " + bulletin.id() + " ("
                + bulletin.content().kind().text() + ", " + bulletin.marking().label() + ")", List.of(), Disclosure.Recipient.OTHER_AUTHORITY,
                to.length() > 500 ? to.substring(0, 500) : to, LocalDate.ofInstant(bulletin.issued(), ZoneOffset.UTC),
                Optional.of("federation"), Optional.empty(), Optional.empty(), open);
        // publishing to partners is the central authority's act
        requests.record(request, new Attempt(new Step.RecordDisclosure(disclosure), new Actor(by,
                Optional.of(org.tutela.core.requests.DeskFunction.CENTRAL_AUTHORITY)), Optional.empty(),
                "published to federation partners", List.of()), by);
    }

    /** What was sent after {@code afterSequence} that reaches {@code partner}: what a pull or a bundle carries. */
    public List<BulletinLedger.Sent> sentTo(Partner partner, long afterSequence, int limit) {
        List<BulletinLedger.Sent> out = new ArrayList<>();
        for (BulletinLedger.Sent s : ledger.sentAfter(afterSequence, limit)) {
            Distribution d = s.audience().equals(SharingRules.ALL_PARTNERS) ? new Distribution.AllPartners() : new Distribution.Group(s.audience());
            if (partners().reachedBy(d).stream().anyMatch(p -> p.id().equals(partner.id()))) {
                out.add(s);
            }
        }
        return out;
    }

    public void delivered(String bulletinId, String partner, String channel) {
        ledger.recordDelivery(new BulletinLedger.Delivery(bulletinId, partner, channel, clock.instant()));
    }

    // --- receiving

    /** Judges and, when accepted, keeps one bulletin as received on {@code channel} (push, pull, bundle); a refusal is logged and kept. */
    public Reception.Verdict receive(byte[] wire, String channel) {
        Instant now = clock.instant();
        Envelope envelope;
        try {
            envelope = BulletinJson.read(wire);
        } catch (BulletinJson.Unreadable u) {
            return refused(Reception.refused(u.refusal()), channel, wire.length, now);
        }
        Reception.Verdict verdict = Reception.judge(envelope, new ReceptionCheck.Context(partners(), rules(), ledger, now, MAX_AGE, SKEW));
        if (verdict instanceof Reception.Refused r) {
            return refused(r, channel, wire.length, now);
        }
        Reception.Accepted accepted = (Reception.Accepted) verdict;
        Bulletin b = envelope.bulletin();
        List<RegistryRecord> records = Derivation.records(accepted, now, registry);
        BulletinLedger.Accepted row = new BulletinLedger.Accepted(b.id(), b.issuer(), b.sequence(), envelope.keyId(), b.content().kind().text(),
                accepted.distribution().text(), b.marking().label(), b.issued(), now, channel,
                records.stream().map(r -> r.id().value()).toList(), Optional.empty(), new String(BulletinJson.write(envelope), StandardCharsets.UTF_8));
        Change change = Change.by("federation:" + b.issuer(), "bulletin " + b.id() + " from partner " + b.issuer() + ", signed by key "
                + envelope.keyId() + ", received at " + now);
        if (b.content() instanceof Retraction r) {
            retract(r, b, change);
            ledger.recordReceived(row);
        } else if (records.isEmpty()) {
            ledger.recordReceived(row);
        } else {
            // the records go to the partner's receiving compartment, in the same transaction as the bulletin's row
            Optional<String> home = partners.receivingCompartment(accepted.partner().id());
            org.tutela.storage.registry.CommitParticipant received = ledger.receiving(row);
            registry.saveAll(records, change, (c, revisions) -> {
                received.beforeCommit(c, revisions);
                if (home.isPresent()) {
                    compartments.assignIn(c, revisions.stream().filter(r -> r.number() == 1).map(r -> r.id().value()).toList(), home.get());
                }
            });
        }
        LOG.info("federation: accepted bulletin {} ({}) from {} by key {} on {}", b.id(), b.content().kind().text(), b.issuer(),
                envelope.keyId(), channel);
        return verdict;
    }

    /** Retracts the records a bulletin became (newest first, so that nothing is left citing a retracted source). */
    private void retract(Retraction r, Bulletin retraction, Change change) {
        BulletinLedger.Accepted earlier = ledger.received(r.bulletin()).orElseThrow();
        List<String> ids = new ArrayList<>(earlier.records());
        java.util.Collections.reverse(ids);
        for (String id : ids) {
            if (registry.get(RecordId.of(id)).isPresent()) {
                try {
                    registry.retract(RecordId.of(id), change);
                } catch (org.tutela.core.registry.RecordInUseException e) {
                    // a later bulletin's decision sits on the case this one recorded: the case stays, its decision goes
                    LOG.info("federation: {} stays, still in use after retracting bulletin {}", id, r.bulletin());
                }
            }
        }
        ledger.markRetracted(r.bulletin(), retraction.id());
    }

    private Reception.Verdict refused(Reception.Refused refused, String channel, int bytes, Instant at) {
        ledger.recordRefusal(new BulletinLedger.Refused(at, channel, refused.refusal().reason().text(), refused.refusal().detail(), bytes));
        return refused;
    }

    public BulletinLedger ledger() {
        return ledger;
    }
}
