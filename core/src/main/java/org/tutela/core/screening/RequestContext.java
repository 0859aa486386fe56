package org.tutela.core.screening;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
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
    private final RequestCase requestCase;
    private final RequestTime time;
    private final EarlierBreaches earlier;
    private List<Person> targets;
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
        this.requestCase = new RequestCase(request, registry);
        this.time = new RequestTime(request, asOf);
        this.earlier = new EarlierBreaches(request, registry, asOf, breaches);
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

    /** The case the request belongs to: its proceedings, the ids that stand for it, its complainants. */
    public RequestCase requestCase() {
        return requestCase;
    }

    /** The request's time, and records and held values read against it. */
    public RequestTime time() {
        return time;
    }

    /** Breaches on the earlier requests of the states that send this one, in their files and reported by partners. */
    public EarlierBreaches earlier() {
        return earlier;
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
            for (Proceeding p : requestCase.ownProceedings()) {
                if (!p.state().equals(request.requestedState())) {
                    states.putIfAbsent(p.state(), fact(p, "fact.behind.case", p.label(), p.state()));
                }
            }
            for (Organisation o : requestCase.complainantOrganisations().stream().filter(time::mayPrecede).toList()) {
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
        return Fact.about(record, key, args);
    }

    /** As {@link #fact(RegistryRecord, String, Object...)}, with sources of its own added. */
    public Fact fact(RegistryRecord record, List<Citation> more, String key, Object... args) {
        List<Citation> all = new ArrayList<>(record.provenance().citations());
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return Fact.of(record.id(), Message.of(key, args), all, record.eventDate());
    }

    public Optional<ApproximateDate> requestDate() {
        return request.eventDate();
    }
}
