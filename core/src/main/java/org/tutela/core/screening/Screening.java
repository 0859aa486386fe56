package org.tutela.core.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.screening.testimony.SimilarStatements;
import org.tutela.core.screening.testimony.TextCheck;

/**
 * Screens a cooperation request for the red flags of transnational repression, as of a date: only what
 * the registry knew by then is used. The result is advice to a human authority, never a decision.
 */
public final class Screening {
    /** More named persons than this is not a request against persons but a list; it is refused as input. */
    public static final int MAX_NAMED_PERSONS = org.tutela.core.registry.Limits.MAX_PERSONS_PER_REQUEST;
    /** At most this many candidates per unconfirmed target are read provisionally, best first. */
    static final int PROVISIONAL_CANDIDATES = 3;

    private final RulePack pack;
    private final PersonResolver resolver;
    private final List<Rule> rules;
    private final Clock clock;
    private final BreachRecord breaches;
    private final PartnerProtection partners;

    public Screening(RulePack pack, PersonResolver resolver) {
        this(pack, resolver, org.tutela.core.screening.flags.Flags.ALL, Clock.systemUTC());
    }

    /** For tests of the band logic and for packs with other rules: the rules must match the pack's flags one to one. */
    public Screening(RulePack pack, PersonResolver resolver, List<Rule> rules, Clock clock) {
        this(pack, resolver, rules, clock, BreachRecord.NONE, PartnerProtection.NONE);
    }

    private Screening(RulePack pack, PersonResolver resolver, List<Rule> rules, Clock clock, BreachRecord breaches,
                      PartnerProtection partners) {
        this.breaches = java.util.Objects.requireNonNull(breaches, "breaches");
        this.partners = java.util.Objects.requireNonNull(partners, "partners");
        this.pack = pack;
        this.resolver = resolver;
        this.rules = List.copyOf(rules);
        this.clock = clock;
        Set<String> logic = new TreeSet<>(rules.stream().map(Rule::flagId).toList());
        Set<String> wording = new TreeSet<>(pack.flags().stream().map(RedFlag::id).toList());
        if (!logic.equals(wording) || logic.size() != rules.size()) {
            throw new IllegalArgumentException("rule pack " + pack.version() + " describes flags " + wording
                    + " but the logic covers " + rules.stream().map(Rule::flagId).toList());
        }
    }

    /** The standard rule pack, with identities taken as the request records them. */
    public static Screening standard() {
        return new Screening(RulePack.standard(), PersonResolver.recorded());
    }

    /** The same screening, reading the breaches recorded in requests' files through {@code record}. */
    public Screening readingBreaches(BreachRecord record) {
        return new Screening(pack, resolver, rules, clock, record, partners);
    }

    /** The same screening, asking {@code partners} whether a target may be a person a federation partner protects. */
    public Screening readingPartners(PartnerProtection partners) {
        return new Screening(pack, resolver, rules, clock, breaches, partners);
    }

    public RulePack rulePack() {
        return pack;
    }

    /**
     * Screens {@code request} against {@code registry} as it stood on {@code asOf}.
     *
     * @throws ScreeningInputException when the date or the request cannot be screened (a date before the
     *         request existed or in the future, more than {@link #MAX_NAMED_PERSONS} persons)
     */
    public ScreeningReport screen(CooperationRequest request, RegistryView registry, LocalDate asOf) {
        if (asOf == null) {
            throw new ScreeningInputException("asOf", Message.of("input.required"));
        }
        if (asOf.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new ScreeningInputException("asOf", Message.of("input.future", asOf));
        }
        if (request.eventDate().isPresent() && request.eventDate().get().surelyAfter(asOf)) {
            throw new ScreeningInputException("asOf", Message.of("input.before-request", asOf, request.eventDate().get()));
        }
        if (request.persons().size() > MAX_NAMED_PERSONS) {
            throw new ScreeningInputException("persons", Message.of("input.too-many-persons", request.persons().size(), MAX_NAMED_PERSONS));
        }
        // every rule and provisional reading asks much the same questions: each goes to the registry once
        RegistryView view = registry.asOf(asOf).readOnce();
        List<Identification> identifications = request.persons().stream()
                .map(named -> new Identification(named, java.util.Objects.requireNonNull(resolver.resolve(named, view),
                        () -> "the person resolver returned null for '" + named.asWritten() + "'; it must return a list"))).toList();
        List<SimilarStatements> similar = pack.flag("TNR-14").isPresent()
                ? pack.testimonyComparison().similarStatements(request.attachments()) : List.of();
        RequestContext context = new RequestContext(request, view, asOf, identifications, similar, breaches);
        List<FlagResult> results = evaluate(context);
        List<ProvisionalReading> provisional = provisionalReadings(request, view, asOf, identifications, similar);
        List<Message> warnings = new ArrayList<>();
        if (!provisional.isEmpty()) {
            warnings.add(Message.of("warning.provisional"));
        }
        // what partners shared by the screening date, judged as flag 1 would judge it on the states behind this request
        List<PartnerMatch> matches = partners.of(request, view).stream().filter(h -> !h.received().isAfter(asOf))
                .map(h -> PartnerMatch.judged(h, context.statesBehind())).toList();
        warnings.addAll(warnings(request, identifications, context));
        return ScreeningReport.worded(request.id(), asOf, pack.version(), identifications, results,
                Assessment.of(results, pack, provisional, matches), similar, warnings, provisional, matches);
    }

    /**
     * Screens the request {@code requestId} of an intake, with the intake's other records laid over the
     * registry; the persons of the intake are candidates for the matcher too. An intake holding a single
     * request may leave {@code requestId} empty; one holding several must name the one to screen.
     */
    public ScreeningReport screenIntake(List<? extends org.tutela.core.registry.RegistryRecord> intake,
                                        java.util.Optional<org.tutela.core.registry.RecordId> requestId,
                                        RegistryView registry, LocalDate asOf) {
        List<CooperationRequest> requests = intake.stream().filter(CooperationRequest.class::isInstance)
                .map(CooperationRequest.class::cast).toList();
        CooperationRequest request;
        if (requestId.isPresent()) {
            request = requests.stream().filter(r -> r.id().equals(requestId.get())).findFirst()
                    .orElseThrow(() -> new ScreeningInputException("screen", requests.isEmpty()
                            ? Message.of("input.no-such-request", requestId.get().value())
                            : Message.of("input.no-such-request.others", requestId.get().value(), requests.stream()
                            .map(r -> r.id().value()).collect(java.util.stream.Collectors.joining(", ")))));
        } else if (requests.size() == 1) {
            request = requests.get(0);
        } else if (requests.isEmpty()) {
            throw new ScreeningInputException("kind", Message.of("input.no-request"));
        } else {
            throw new ScreeningInputException("screen", Message.of("input.several-requests", requests.size(),
                    requests.stream().map(r -> r.id().value()).collect(java.util.stream.Collectors.joining(", "))));
        }
        List<org.tutela.core.registry.Person> persons = intake.stream().filter(org.tutela.core.registry.Person.class::isInstance)
                .map(org.tutela.core.registry.Person.class::cast).toList();
        Screening withIntakePersons = persons.isEmpty() ? this : new Screening(pack,
                resolver.also(PersonResolver.among(persons, org.tutela.core.names.NameMatcher.standard())), rules, clock, breaches, partners);
        return withIntakePersons.screen(request, registry.with(intake), asOf);
    }

    private List<FlagResult> evaluate(RequestContext context) {
        List<FlagResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            RedFlag flag = pack.flag(rule.flagId()).orElseThrow();
            results.add(new FlagResult(flag, Disputes.annotate(rule.evaluate(context, pack), context)));
        }
        return results;
    }

    /**
     * For each target not confirmed, the rules read as if each strong suggested candidate (score at least
     * the rule pack's {@code rulepack.provisional.min-score}) were the person: a strong match must not
     * leave a refugee looking like a stranger while a reviewer has not yet confirmed her.
     */
    private List<ProvisionalReading> provisionalReadings(CooperationRequest request, RegistryView view, LocalDate asOf,
                                                         List<Identification> identifications, List<SimilarStatements> similar) {
        double min = pack.provisionalMinScore();
        List<ProvisionalReading> readings = new ArrayList<>();
        for (int i = 0; i < identifications.size(); i++) {
            Identification id = identifications.get(i);
            if (!id.isTarget() || id.confirmed().isPresent()) {
                continue;
            }
            List<Resolution> strong = id.suggested().stream().filter(r -> r.score() >= min)
                    .filter(r -> view.get(r.person(), org.tutela.core.registry.Person.class).isPresent())
                    .limit(PROVISIONAL_CANDIDATES).toList();
            for (Resolution candidate : strong) {
                List<Identification> assumed = new ArrayList<>(identifications);
                List<Resolution> candidates = new ArrayList<>();
                candidates.add(new Resolution(candidate.person(), candidate.score(), candidate.explanation(), Resolution.Status.CONFIRMED, candidate.reading()));
                assumed.set(i, new Identification(id.named(), candidates));
                List<FlagResult> results = evaluate(new RequestContext(request, view, asOf, assumed, similar, breaches));
                String name = view.get(candidate.person()).map(org.tutela.core.registry.RegistryRecord::label).orElse(candidate.person().value());
                readings.add(new ProvisionalReading(id.named().asWritten(), candidate.person(), name, candidate.score(),
                        candidate.explanation(), results, Assessment.of(results, pack).band()));
            }
        }
        return readings;
    }

    private static List<Message> warnings(CooperationRequest request, List<Identification> identifications, RequestContext context) {
        List<Message> warnings = new ArrayList<>();
        if (request.persons().isEmpty()) {
            warnings.add(Message.of("warning.no-person"));
        } else if (identifications.stream().noneMatch(Identification::isTarget)) {
            warnings.add(Message.of("warning.no-target"));
        }
        for (Identification i : identifications) {
            NamedPerson n = i.named();
            if (i.confirmed().isEmpty()) {
                warnings.add(i.suggested().isEmpty() ? Message.of("warning.unidentified.nobody", n.asWritten(), n.role())
                        : Message.of("warning.unidentified.candidates", n.asWritten(), n.role(), i.suggested().size()));
            } else if (context.registry().get(i.confirmed().get()).isEmpty()) {
                warnings.add(Message.of("warning.resolved-unknown", n.asWritten(), i.confirmed().get().value(), context.asOf()));
            }
        }
        for (CooperationRequest.Attachment a : request.attachments()) {
            TextCheck.problem(a.text()).ifPresent(problem -> warnings.add(Message.of("warning.attachment", a.name(), problem)));
        }
        request.eventDate().ifPresentOrElse(date -> {
            for (Charge ch : request.offences()) {
                ch.allegedFrom().filter(date::surelyBefore).ifPresent(d -> warnings.add(Message.of("warning.offence-after-request",
                        ch.description(), d, date)));
            }
        }, () -> warnings.add(Message.of("warning.no-request-date", new Message.Code("TNR-16"))));
        return warnings;
    }
}
