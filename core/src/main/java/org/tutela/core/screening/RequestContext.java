package org.tutela.core.screening;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tutela.core.registry.CaseNumber;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.testimony.SimilarStatements;

/**
 * A request read against the registry as it stood on the screening date: who its targets are, which
 * case it belongs to, which states stand behind it. The rules ask these questions; answering them in
 * one place keeps every rule short and makes them agree with each other.
 */
public final class RequestContext {
    private final CooperationRequest request;
    private final RegistryView registry;
    private final LocalDate asOf;
    private final List<Identification> identifications;
    private final List<SimilarStatements> similarStatements;
    private final BreachRecord breachRecord;
    private List<org.tutela.core.requests.BreachFact> earlierBreaches;
    private List<ReportedBreach> reportedBreaches;
    private List<Proceeding> proceedings;
    private List<Proceeding> own;
    private List<Person> targets;
    private Set<RecordId> caseIds;
    private Map<Country, Fact> statesBehind;

    /** {@code registry} must already be the view as of {@code asOf}. */
    public RequestContext(CooperationRequest request, RegistryView registry, LocalDate asOf,
                          List<Identification> identifications, List<SimilarStatements> similarStatements) {
        this(request, registry, asOf, identifications, similarStatements, BreachRecord.NONE);
    }

    /** {@code breaches} answers for the requests' files; it is asked only about requests {@code registry} shows. */
    public RequestContext(CooperationRequest request, RegistryView registry, LocalDate asOf,
                          List<Identification> identifications, List<SimilarStatements> similarStatements, BreachRecord breaches) {
        this.request = request;
        this.registry = registry;
        this.asOf = asOf;
        this.identifications = List.copyOf(identifications);
        this.similarStatements = List.copyOf(similarStatements);
        this.breachRecord = java.util.Objects.requireNonNull(breaches, "breaches");
    }

    public RequestContext(CooperationRequest request, RegistryView registry, LocalDate asOf, List<Identification> identifications) {
        this(request, registry, asOf, identifications, List.of());
    }

    /** Attached statements of different witnesses found near-identical (compared once per screening). */
    public List<SimilarStatements> similarStatements() {
        return similarStatements;
    }

    public CooperationRequest request() {
        return request;
    }

    public RegistryView registry() {
        return registry;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public List<Identification> identifications() {
        return identifications;
    }

    /** True when the request names at least one person it is directed against. */
    public boolean namesTargets() {
        return identifications.stream().anyMatch(Identification::isTarget);
    }

    /** Targets whose identity is confirmed and whom the registry knew on the date. */
    public List<Person> targets() {
        if (targets == null) {
            targets = identifications.stream().filter(Identification::isTarget)
                    .flatMap(i -> i.confirmed().stream())
                    .flatMap(id -> registry.get(id, Person.class).stream())
                    .distinct().toList();
        }
        return targets;
    }

    /** Targets the rules cannot read about: no confirmed identity, or none the registry knew on the date. */
    public List<NamedPerson> unidentifiedTargets() {
        return identifications.stream().filter(Identification::isTarget)
                .filter(i -> i.confirmed().flatMap(id -> registry.get(id, Person.class)).isEmpty())
                .map(Identification::named).toList();
    }

    public String unidentifiedNames() {
        return unidentifiedTargets().stream().map(n -> "'" + n.asWritten() + "'").collect(Collectors.joining(", "));
    }

    /**
     * The case the request belongs to: its proceeding, the proceedings recorded as related to it (either
     * way), and proceedings of the requesting state whose case number the request cites.
     */
    public List<Proceeding> proceedings() {
        if (proceedings == null) {
            Map<RecordId, Proceeding> found = new LinkedHashMap<>();
            request.proceeding().flatMap(id -> registry.get(id, Proceeding.class)).ifPresent(p -> found.put(p.id(), p));
            Set<String> numbers = request.referenceNumbers().stream().map(RequestContext::caseNumber).collect(Collectors.toSet());
            if (!numbers.isEmpty()) {
                registry.withAnyKey(Proceeding.class, request.referenceNumbers().stream().map(RecordKey::caseNumber).toList()).stream()
                        .filter(p -> numbers.contains(caseNumber(p.caseNumber())))
                        .filter(p -> p.state().equals(request.requestingState()) || request.onBehalfOf().filter(p.state()::equals).isPresent())
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
            own = List.copyOf(found.values());
            for (Proceeding p : own) {
                p.related().stream().flatMap(id -> registry.get(id, Proceeding.class).stream())
                        .forEach(r -> found.putIfAbsent(r.id(), r));
                registry.referencing(p.id(), Proceeding.class).stream()
                        .filter(r -> r.related().contains(p.id()))
                        .forEach(r -> found.putIfAbsent(r.id(), r));
            }
            proceedings = List.copyOf(found.values());
        }
        return proceedings;
    }

    /** True when the request names its case, by a registry proceeding or by a reference number. */
    public boolean citesCase() {
        return request.proceeding().isPresent() || !request.referenceNumbers().isEmpty();
    }

    /** How the request cites its case, for reasons given to the reader. */
    public String citedCase() {
        List<String> cited = new ArrayList<>();
        request.proceeding().ifPresent(id -> cited.add(id.value()));
        cited.addAll(request.referenceNumbers());
        return String.join(", ", cited);
    }

    /** The request's own proceeding(s): the one it names and those of the requesting state whose number it cites. */
    public List<Proceeding> ownProceedings() {
        proceedings();
        return own;
    }

    private static String caseNumber(String s) {
        return CaseNumber.key(s);
    }

    public String caseLabels() {
        return proceedings().stream().map(Proceeding::label).collect(Collectors.joining(", "));
    }

    /** Ids that stand for the case: its proceedings, this request, and other requests in the same proceedings. */
    public Set<RecordId> caseIds() {
        if (caseIds == null) {
            Set<RecordId> ids = new LinkedHashSet<>();
            ids.add(request.id());
            for (Proceeding p : proceedings()) {
                ids.add(p.id());
                registry.referencing(p.id(), CooperationRequest.class).forEach(r -> ids.add(r.id()));
            }
            caseIds = java.util.Collections.unmodifiableSet(ids);
        }
        return caseIds;
    }

    /** True when an incident is tied to the case by a link or by a case number. */
    public boolean concernsCase(Incident incident) {
        Set<RecordId> ids = caseIds();
        if (incident.linked().stream().anyMatch(ids::contains)) {
            return true;
        }
        Set<String> numbers = proceedings().stream().map(p -> caseNumber(p.caseNumber())).collect(Collectors.toSet());
        return incident.caseNumbers().stream().map(RequestContext::caseNumber).anyMatch(numbers::contains);
    }

    /**
     * The states that stand behind the request, each with the fact that puts it there: the requesting
     * state; the state it acts for; the state where the case originates; the state controlling a
     * complainant; a state the registry records as perpetrator of this very request.
     */
    public Map<Country, Fact> statesBehind() {
        if (statesBehind == null) {
            Map<Country, Fact> states = new LinkedHashMap<>();
            states.put(request.requestingState(), requestFact("fact.behind.sender", request.requestingState()));
            request.onBehalfOf().ifPresent(c -> states.putIfAbsent(c,
                    requestFact("fact.behind.on-behalf", c)));
            // only the request's own case says where it originates; a related case may well be the requested state's own
            for (Proceeding p : ownProceedings()) {
                if (!p.state().equals(request.requestedState())) {
                    states.putIfAbsent(p.state(), fact(p, "fact.behind.case", p.label(), p.state()));
                }
            }
            for (Organisation o : complainantOrganisations().stream().filter(this::byRequestTime).toList()) {
                o.controllingState().ifPresent(c -> states.putIfAbsent(c,
                        fact(o, "fact.behind.complainant", o.name(), c)));
            }
            for (Incident i : registry.referencing(request.id(), Incident.class)) {
                states.putIfAbsent(i.perpetratorState(), fact(i, "fact.behind.incident", i.perpetratorState(), i.tactic(), i.actingParty(), i.summary()));
            }
            statesBehind = java.util.Collections.unmodifiableMap(states);
        }
        return statesBehind;
    }

    /**
     * True unless {@code record} surely came after the request (its first possible day is after the request's
     * last): a later fact says nothing of who was behind an earlier request or why it was made. Undated
     * requests and records are kept; a record that may have come before the request is kept.
     */
    public boolean byRequestTime(RegistryRecord record) {
        return request.eventDate().map(when -> record.eventDate().map(d -> !d.surelyAfter(when.latest())).orElse(true)).orElse(true);
    }

    /**
     * When {@code record} may have come before the request as well as after it (their dates, known only to
     * the month or the year, overlap), the fact that says so and asks for the exact date: it then counts as a
     * possibility, not as settled. Empty when either is undated or the order is certain.
     */
    public Optional<Fact> possiblyAfterRequest(RegistryRecord record) {
        Optional<ApproximateDate> when = request.eventDate();
        Optional<ApproximateDate> then = record.eventDate();
        if (when.isEmpty() || then.isEmpty() || when.get().isDay() && then.get().isDay()
                || then.get().surelyBefore(when.get()) || then.get().surelyAfter(when.get().latest())) {
            return Optional.empty();
        }
        return Optional.of(fact(record, "fact.time.possibly-before", then.get(), when.get()));
    }

    /** The request's time: its date as recorded (perhaps only a month or a year), or the screening date for an undated request. */
    public ApproximateDate requestTime() {
        return request.eventDate().orElse(ApproximateDate.of(asOf));
    }

    /** The roles {@code p} held at the request's time, surely or possibly (with the caveats to report beside them). */
    public HeldAtRequest<Person.Role> rolesAtRequest(Person p) {
        return HeldAtRequest.read(p, p.roles(), requestTime(), "held.role");
    }

    /** The nationalities {@code p} held at the request's time. */
    public HeldAtRequest<Country> nationalitiesAtRequest(Person p) {
        return HeldAtRequest.read(p, p.nationalities(), requestTime(), "held.nationality");
    }

    /** The states {@code p} resided in at the request's time. */
    public HeldAtRequest<Country> residencesAtRequest(Person p) {
        return HeldAtRequest.read(p, p.residences(), requestTime(), "held.residence");
    }

    public static String name(Country c) {
        return c.name() + " (" + c.code() + ")";
    }

    /** Complainants and injured parties named by the request or its proceedings. */
    public List<RecordId> complainantIds() {
        Set<RecordId> ids = new LinkedHashSet<>(request.complainants());
        proceedings().forEach(p -> ids.addAll(p.complainants()));
        return List.copyOf(ids);
    }

    public List<Organisation> complainantOrganisations() {
        return complainantIds().stream().flatMap(id -> registry.get(id, Organisation.class).stream()).toList();
    }

    /** The other parties of {@code type} relationships of {@code party}, in the direction the type reads. */
    public List<Relationship> relationships(RecordId party, Relationship.Type type) {
        return registry.referencing(party, Relationship.class).stream()
                .filter(r -> r.type() == type && (r.from().equals(party) || r.to().equals(party)))
                .toList();
    }

    /** Relatives of a person, with the relationship that makes them so. */
    public Map<Person, Relationship> relatives(RecordId person) {
        Map<Person, Relationship> relatives = new LinkedHashMap<>();
        for (Relationship r : relationships(person, Relationship.Type.FAMILY)) {
            r.other(person).flatMap(id -> registry.get(id, Person.class)).ifPresent(p -> relatives.putIfAbsent(p, r));
        }
        return relatives;
    }

    public List<RegistryRecord> all(Collection<RecordId> ids) {
        return ids.stream().flatMap(id -> registry.get(id).stream()).toList();
    }

    /** A fact drawn from the request itself. */
    public Fact fromRequest(String statement) {
        return new Fact(request.id(), statement, request.provenance().citations(), request.eventDate());
    }

    /** A fact drawn from a registry record, with the record's sources and date. */
    public Fact from(RegistryRecord record, String statement) {
        return new Fact(record.id(), statement, record.provenance().citations(), record.eventDate());
    }

    /** A fact drawn from a registry record with sources of its own (e.g. a relationship seen from a person). */
    public Fact from(RegistryRecord record, String statement, List<Citation> citations) {
        List<Citation> all = new ArrayList<>(record.provenance().citations());
        citations.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new Fact(record.id(), statement, all, record.eventDate());
    }

    /** A fact drawn from the request itself, worded by {@code key} in the facts bundle. */
    public Fact requestFact(String key, Object... args) {
        return Fact.of(request.id(), Message.of(key, args), request.provenance().citations(), request.eventDate());
    }

    /** A fact drawn from a registry record, with its sources and date, worded by {@code key} in the facts bundle. */
    public Fact fact(RegistryRecord record, String key, Object... args) {
        return Fact.of(record.id(), Message.of(key, args), record.provenance().citations(), record.eventDate());
    }

    /** As {@link #fact(RegistryRecord, String, Object...)}, with sources of its own added. */
    public Fact fact(RegistryRecord record, List<Citation> more, String key, Object... args) {
        List<Citation> all = new ArrayList<>(record.provenance().citations());
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return Fact.of(record.id(), Message.of(key, args), all, record.eventDate());
    }

    /**
     * The breaches of conditions, assurances and holds on the earlier requests of the states that send this
     * one (the requesting state, and the state it acts for), as the registry view shows those requests:
     * never this request, never a request dated after it (or undated), never a breach after the screening
     * date. Oldest first.
     */
    public List<org.tutela.core.requests.BreachFact> earlierBreaches() {
        if (earlierBreaches == null) {
            Set<Country> states = new LinkedHashSet<>();
            states.add(request.requestingState());
            request.onBehalfOf().ifPresent(states::add);
            // an earlier request counts if it may have come by this one's last possible day; one whose dates leave the
            // order open counts as a possibility, with the caveat the flags add (earlierBreachCaveats)
            LocalDate until = request.eventDate().map(ApproximateDate::latest).orElse(asOf);
            earlierBreaches = breachRecord.filed(registry, states).stream()
                    .filter(r -> !r.id().equals(request.id()) && states.contains(r.requestingState()))
                    .filter(r -> r.eventDate().filter(d -> d.possiblyBy(until) && (d.surelyBy(until) || request.eventDate().isPresent())).isPresent())
                    .flatMap(r -> breachRecord.of(r).stream())
                    .filter(b -> !b.on().isAfter(asOf))
                    .sorted(java.util.Comparator.comparing(org.tutela.core.requests.BreachFact::on)
                            .thenComparing(b -> b.request().value()).thenComparingInt(org.tutela.core.requests.BreachFact::entry))
                    .toList();
        }
        return earlierBreaches;
    }

    /**
     * For the breaches among {@code breaches} on a request whose dates leave open whether it came before this one
     * (both known only to the month or the year), the fact that says so and asks for the exact date: one a request.
     */
    public List<Fact> earlierBreachCaveats(Collection<org.tutela.core.requests.BreachFact> breaches) {
        return breaches.stream().map(org.tutela.core.requests.BreachFact::request).distinct()
                .flatMap(id -> registry.get(id).stream()).flatMap(r -> possiblyAfterRequest(r).stream()).toList();
    }

    /**
     * The breaches federation partners reported about the states that send this request (the requesting state and
     * the state it acts for), as the registry view shows the records the bulletins became: none after the request's
     * date (or the screening date, for an undated request). Oldest first.
     */
    public List<ReportedBreach> reportedBreaches() {
        if (reportedBreaches == null) {
            Set<Country> states = new LinkedHashSet<>();
            states.add(request.requestingState());
            request.onBehalfOf().ifPresent(states::add);
            // breaches surely before the request's last possible day, never after the screening date
            LocalDate until = request.eventDate().map(ApproximateDate::latest).filter(d -> d.isBefore(asOf)).orElse(asOf);
            reportedBreaches = breachRecord.reported(Set.copyOf(states), registry).stream()
                    .filter(b -> states.contains(b.state()) && !b.on().isAfter(until))
                    .sorted(java.util.Comparator.comparing(ReportedBreach::on).thenComparing(b -> b.source().value()))
                    .toList();
        }
        return reportedBreaches;
    }

    /**
     * A breach as a fact of the request it happened on, worded by {@code key} with {@code args}; its sources
     * are the sources the breach's evidence cites, and those of the records it names, as this view shows them.
     */
    public Fact breachFact(org.tutela.core.requests.BreachFact breach, String key, Object... args) {
        List<Citation> citations = new ArrayList<>();
        registry.get(breach.request()).ifPresent(r -> citations.addAll(r.provenance().citations()));
        for (org.tutela.core.requests.Evidence e : breach.evidence()) {
            e.record().flatMap(registry::get).ifPresent(r -> {
                List<Citation> more = r instanceof org.tutela.core.registry.Source ? List.of(Citation.of(r.id(), e.note()))
                        : r.provenance().citations();
                more.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
            });
        }
        return Fact.of(breach.request(), Message.of(key, args), citations, Optional.of(ApproximateDate.of(breach.on())));
    }

    public Optional<ApproximateDate> requestDate() {
        return request.eventDate();
    }
}
