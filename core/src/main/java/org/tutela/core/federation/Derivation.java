package org.tutela.core.federation;

import java.time.Instant;
import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.CaseNumber;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;

/**
 * What an accepted bulletin becomes in the receiving registry, so that screening reads it like any other
 * record: a {@link Source} that says "bulletin B from partner P, signed by key K, received at T", cited by
 * everything else. A refusal becomes a {@link Decision} on the requesting state's case (found by its case
 * number, or recorded from the bulletin), which flag 5 reads; a protection status named in clear a
 * {@link Person} and a {@link ProtectionStatus}, which flag 1 reads; a shareable incident whose tactic is known an
 * {@link Incident} (flag 15, the patterns). A breached condition and a screening outcome become their source only:
 * the record the owner's view must show for a screening to read them (flag 15 for a breach, the request's page for
 * an outcome); so does a protected person, known by its encoding only (the possible matches of a screening). Record
 * ids are derived from the bulletin's, so the same bulletin always makes the same records.
 */
public final class Derivation {
    private Derivation() {
    }

    public static List<RegistryRecord> records(Reception.Accepted accepted, Instant receivedAt, RegistryView registry) {
        Bulletin b = accepted.envelope().bulletin();
        Content content = b.content();
        if (content instanceof Retraction) {
            return List.of();
        }
        List<RegistryRecord> out = new ArrayList<>();
        Source source = source(accepted, receivedAt);
        out.add(source);
        LocalDate issued = LocalDate.ofInstant(b.issued(), ZoneOffset.UTC);
        Provenance cited = Provenance.of(issued, Citation.of(source.id()));
        if (content instanceof RequestDecision d) {
            // a decision is true from the day it was taken, not from the day the bulletin about it came
            cited = Provenance.of(d.date().orElse(issued), Citation.of(source.id()));
            Optional<ApproximateDate> taken = d.date().map(ApproximateDate::of);
            RecordId subject = d.caseNumbers().isEmpty() ? null : proceeding(b, d, cited, registry, out);
            if (subject != null) {
                out.add(new Decision(id(b, "decision"), subject, Optional.empty(), Optional.of(d.decidingState()), taken, d.outcome(),
                        d.grounds(), Optional.empty(), List.of(), cited));
            }
        } else if (content instanceof SharedIncident i && i.knownTactic().isPresent()) {
            // the partner's incident as one of ours, by the state behind it (flag 15, the patterns); its targets never travel
            cited = Provenance.of(i.date().orElse(issued), Citation.of(source.id()));
            out.add(new Incident(id(b, "incident"), i.knownTactic().get(), i.state(), Incident.ActingParty.UNKNOWN, List.of(), Optional.empty(),
                    List.of(), i.date().map(ApproximateDate::of), Optional.empty(), Optional.empty(), Optional.empty(), i.caseNumbers(), List.of(), Optional.empty(),
                    i.summary(), List.of(), cited));
        } else if (content instanceof ProtectionNotice p) {
            List<PersonName> names = new ArrayList<>();
            for (int i = 0; i < p.names().size(); i++) {
                names.add(PersonName.of(p.names().get(i), i == 0 ? PersonName.Kind.PRIMARY : PersonName.Kind.ALIAS));
            }
            RecordId person = id(b, "person");
            out.add(new Person(person, names, Optional.empty(), p.sex().map(s -> Person.Gender.valueOf(s.toUpperCase(java.util.Locale.ROOT))),
                    List.of(), List.of(), Set.of(), Optional.empty(), cited));
            // the bulletin gives the year of the grant only; an exact date is not invented, the status counts from the bulletin's issue
            out.add(new ProtectionStatus(id(b, "status"), person, p.type(), p.grantingState(), p.persecutingState(),
                    Optional.empty(), Optional.empty(), Optional.empty(), cited));
        }
        return List.copyOf(out);
    }

    /** The source every derived record cites: the bulletin, who sent it, the key that signed it, when it came. */
    static Source source(Reception.Accepted a, Instant receivedAt) {
        Bulletin b = a.envelope().bulletin();
        String title = "Federation bulletin " + b.id() + " from partner " + a.partner().id() + ", signed by key " + a.key().id()
                + ", received at " + receivedAt;
        return new Source(id(b, "source"), title, Optional.of(a.partner().name()), Optional.empty(),
                Optional.of(ApproximateDate.of(LocalDate.ofInstant(b.issued(), ZoneOffset.UTC))), Optional.empty(), Source.Type.OFFICIAL_DOCUMENT,
                Source.Reliability.PROBABLY_TRUE, Optional.empty(), Provenance.none());
    }

    /** The requesting state's proceeding with the bulletin's first matching case number, recorded from it when the registry has none. */
    private static RecordId proceeding(Bulletin b, RequestDecision d, Provenance cited, RegistryView registry, List<RegistryRecord> out) {
        for (String number : d.caseNumbers()) {
            Optional<Proceeding> known = registry.withAnyKey(Proceeding.class, List.of(RecordKey.caseNumber(number))).stream()
                    .filter(p -> p.state().equals(d.requestingState()) && CaseNumber.key(p.caseNumber()).equals(CaseNumber.key(number)))
                    .findFirst();
            if (known.isPresent()) {
                return known.get().id();
            }
        }
        RecordId id = id(b, "case");
        out.add(new Proceeding(id, d.requestingState(), d.caseNumbers().get(0), Proceeding.Type.CRIMINAL, Optional.empty(), List.of(),
                List.of(), List.of(), Optional.empty(), Proceeding.Status.UNKNOWN, List.of(), Optional.empty(), cited));
        return id;
    }

    /** The id of a record derived from bulletin {@code b}: it names the bulletin, never a person. */
    public static RecordId id(Bulletin b, String part) {
        return RecordId.of("fed-" + b.issuer() + "-" + b.id() + "-" + part);
    }
}
