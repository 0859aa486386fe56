package org.tutela.app.federation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tutela.core.federation.Bulletin;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Derivation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.json.federation.BulletinJson;
import org.tutela.storage.federation.BulletinLedger;

/**
 * What partners sent, read for this installation's own work: the protected persons they shared as encodings
 * (possible matches of a request's targets, for the screening), the breaches of conditions they reported (flag 15),
 * and their screenings of requests in the same case (beside the request). Each reading goes through the registry
 * view it is given: what a received bulletin became must be visible there (its compartment, its date), or the
 * bulletin does not exist for the reader.
 */
public final class PartnerReadings {
    /** At most this many received bulletins of one kind are read for a screening. */
    static final int READ_LIMIT = 10_000;

    private final BulletinLedger ledger;
    private final GroupSecrets secrets;
    private final Supplier<org.tutela.core.names.NameAnalyser> analyser;

    PartnerReadings(BulletinLedger ledger, GroupSecrets secrets, Supplier<org.tutela.core.names.NameAnalyser> analyser) {
        this.ledger = ledger;
        this.secrets = secrets;
        this.analyser = analyser;
    }

    /**
     * The possible matches of a request's targets among the protected persons partners shared as encodings: whom to
     * ask, about which bulletin; never a name (none was received). A target without a birth year cannot be compared.
     */
    public List<org.tutela.core.federation.ProtectedMatching.Hit> possiblyProtected(CooperationRequest request,
                                                                                  org.tutela.core.registry.RegistryView view) {
        return possiblyProtected(request, view, protectedPersons());
    }

    private List<org.tutela.core.federation.ProtectedMatching.Hit> possiblyProtected(CooperationRequest request,
            org.tutela.core.registry.RegistryView view, List<BulletinLedger.Accepted> received) {
        if (received.isEmpty()) {
            return List.of();
        }
        // the view of a stored request's owner is its compartment's: a protected person received elsewhere is not known there
        List<org.tutela.core.federation.ProtectedMatching.Screened> screened = new ArrayList<>();
        for (CooperationRequest.NamedPerson named : request.persons()) {
            if (named.role() != CooperationRequest.NamedPerson.Role.TARGET) {
                continue;
            }
            Optional<org.tutela.core.registry.Person> person = named.person().flatMap(id -> view.get(id, org.tutela.core.registry.Person.class));
            List<org.tutela.core.names.AnalysedName> names = new ArrayList<>();
            names.add(analyser.get().analyse(named.asWritten()));
            person.ifPresent(p -> p.names().forEach(n -> names.add(analyser.get().analyse(n.full()))));
            Optional<Integer> year = named.birthDate().or(() -> person.flatMap(org.tutela.core.registry.Person::birthDate)).flatMap(org.tutela.core.registry.ApproximateDate::year);
            Optional<String> sex = person.flatMap(org.tutela.core.registry.Person::gender).map(g -> g.name().toLowerCase(java.util.Locale.ROOT));
            screened.add(new org.tutela.core.federation.ProtectedMatching.Screened(named.asWritten(), names, year, sex));
        }
        List<org.tutela.core.federation.ProtectedMatching.Shared> shared = new ArrayList<>();
        for (BulletinLedger.Accepted a : received) {
            Bulletin b = bulletinOf(a);
            if (view.get(Derivation.id(b, "source")).isEmpty()) {
                continue; // received into a compartment this view does not show
            }
            shared.add(new org.tutela.core.federation.ProtectedMatching.Shared(a.issuer(), a.bulletinId(), b.audience(),
                    (org.tutela.core.federation.ProtectedPerson) b.content()));
        }
        return org.tutela.core.federation.ProtectedMatching.hits(screened, shared, secrets::encoder);
    }

    /** The protected persons partners shared as encodings and have not retracted, as received. */
    private List<BulletinLedger.Accepted> protectedPersons() {
        return ledger.inForce(Content.Kind.PROTECTED_PERSON.text(), READ_LIMIT);
    }

    private static Bulletin bulletinOf(BulletinLedger.Accepted a) {
        try {
            return BulletinJson.read(a.envelope().getBytes(StandardCharsets.UTF_8)).bulletin();
        } catch (BulletinJson.Unreadable e) {
            throw new IllegalStateException("bulletin " + a.bulletinId() + " was accepted but no longer reads: " + e.getMessage(), e);
        }
    }

    /**
     * The same possible matches as the screening's port: each with the day its bulletin was received, so that a
     * screening as of an earlier day does not know it. Nothing is asked of the registry when no partner shared one.
     */
    public org.tutela.core.screening.PartnerProtection partnerProtection() {
        return (request, view) -> {
            List<BulletinLedger.Accepted> shared = protectedPersons();
            Map<String, LocalDate> received = new java.util.HashMap<>();
            shared.forEach(a -> received.put(a.bulletinId(), LocalDate.ofInstant(a.received(), ZoneOffset.UTC)));
            return possiblyProtected(request, view, shared).stream().map(h -> new org.tutela.core.screening.PartnerProtection.Hit(h.screened(),
                    h.partner(), h.group(), h.bulletin(), h.type(), h.grantingState(), h.persecutingState(), h.dice(),
                    received.get(h.bulletin()))).toList();
        };
    }

    /**
     * The breaches of conditions partners reported about {@code states}, each as the source record its bulletin
     * became; one whose source {@code view} does not show (another compartment, or not yet received on the view's
     * date) is left out (flag 15 reads them through {@link org.tutela.core.screening.BreachRecord#reported}).
     */
    public List<org.tutela.core.screening.ReportedBreach> reportedBreaches(java.util.Set<org.tutela.core.registry.Country> states,
                                                                           org.tutela.core.registry.RegistryView view) {
        List<org.tutela.core.screening.ReportedBreach> out = new ArrayList<>();
        for (BulletinLedger.Accepted a : ledger.inForce(Content.Kind.BREACH.text(), READ_LIMIT)) {
            Bulletin b = bulletinOf(a);
            org.tutela.core.federation.ConditionBreached breach = (org.tutela.core.federation.ConditionBreached) b.content();
            RecordId source = Derivation.id(b, "source");
            if (!states.contains(breach.requestingState()) || view.get(source).isEmpty()) {
                continue;
            }
            Optional<org.tutela.core.requests.Condition.Kind> known = java.util.Arrays.stream(org.tutela.core.requests.Condition.Kind.values())
                    .filter(k -> k != org.tutela.core.requests.Condition.Kind.OTHER)
                    .filter(k -> k.name().equals(breach.condition().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_')))
                    .findFirst();
            out.add(new org.tutela.core.screening.ReportedBreach(source, breach.requestingState(), a.issuer(),
                    known.orElse(org.tutela.core.requests.Condition.Kind.OTHER), known.isPresent() ? Optional.empty() : Optional.of(breach.condition()),
                    breach.date().orElse(LocalDate.ofInstant(b.issued(), ZoneOffset.UTC))));
        }
        return out;
    }

    /** A partner's screening of a request that shares a case with one of ours: whose, the band, the flags, and its provenance. */
    public record PartnerScreening(String partner, String keyId, Instant received, String bulletin, String partnersRequest, String band,
                                   List<String> flags, RecordId source) {
        public PartnerScreening {
            flags = List.copyOf(flags);
        }
    }

    /**
     * The screenings partners published of requests in the same case as {@code request} (the same requesting state and
     * a case number in common), as {@code view} shows the records their bulletins became: what a reviewer sees beside
     * the request. Latest first.
     */
    public List<PartnerScreening> partnerScreenings(CooperationRequest request, org.tutela.core.registry.RegistryView view) {
        java.util.Set<String> cases = new java.util.HashSet<>();
        request.referenceNumbers().forEach(n -> cases.add(org.tutela.core.registry.CaseNumber.key(n)));
        request.proceeding().flatMap(p -> view.get(p, org.tutela.core.registry.Proceeding.class))
                .ifPresent(p -> cases.add(org.tutela.core.registry.CaseNumber.key(p.caseNumber())));
        List<PartnerScreening> out = new ArrayList<>();
        if (cases.isEmpty()) {
            return out;
        }
        for (BulletinLedger.Accepted a : ledger.inForce(Content.Kind.SCREENING.text(), READ_LIMIT)) {
            Bulletin b = bulletinOf(a);
            org.tutela.core.federation.ScreeningOutcome s = (org.tutela.core.federation.ScreeningOutcome) b.content();
            RecordId source = Derivation.id(b, "source");
            boolean sameCase = s.caseNumbers().stream().map(org.tutela.core.registry.CaseNumber::key).anyMatch(cases::contains);
            if (sameCase && s.requestingState().equals(request.requestingState()) && view.get(source).isPresent()) {
                out.add(new PartnerScreening(a.issuer(), a.keyId(), a.received(), a.bulletinId(), s.request(), s.band(), s.flags(), source));
            }
        }
        return out;
    }

}
