package org.tutela.app.dossier;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.DateWording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.patterns.Evidence;
import org.tutela.core.patterns.Finding;
import org.tutela.core.patterns.Patterns;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.FactWording;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.PartnerProtection;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.core.screening.flags.Readings;

/**
 * Gathers a dossier about a request or a person from a view of the registry: the records around it,
 * the screening of its requests as of today, the patterns naming it, and every source cited, numbered.
 * It reads only the view it is given, so a caller's compartment view yields the caller's dossier.
 */
public final class DossierAssembly {
    /** The demo marks a day inferred from a month or a year in the passage of its first citation. */
    static final String APPROXIMATE = "[approximate date";

    private final RegistryView view;
    private final Locale locale;
    private final org.tutela.core.screening.PartnerProtection partners;
    private final FlagWording flagWords;
    private final Map<RecordId, Integer> numbers = new LinkedHashMap<>();
    private final Map<RecordId, Set<String>> passages = new LinkedHashMap<>();

    private DossierAssembly(RegistryView view, Locale locale, org.tutela.core.screening.PartnerProtection partners) {
        this.view = view;
        this.locale = locale;
        this.partners = partners;
        this.flagWords = FlagWording.in(locale);
    }

    /** The records a caller may see, read kind by kind into memory: one audited read per kind. */
    public static RecordSet visible(Registry registry) {
        List<RegistryRecord> records = new ArrayList<>();
        for (Class<?> kind : RegistryRecord.class.getPermittedSubclasses()) {
            records.addAll(registry.all(kind.asSubclass(RegistryRecord.class)));
        }
        return RecordSet.of(records);
    }

    /** The dossier of a request or a person as {@code view} sees it, in English; empty if the view has no such record. */
    public static Optional<Dossier> of(RegistryView view, RecordId id, Audience audience, LocalDate today) {
        return of(view, id, audience, today, Locale.ENGLISH);
    }

    /**
     * The dossier in {@code locale}'s words where the rule pack and the facts have them: the red flags'
     * titles, explanations and legal grounds, and the facts that fired them.
     */
    public static Optional<Dossier> of(RegistryView view, RecordId id, Audience audience, LocalDate today, Locale locale) {
        return of(view, id, audience, today, locale, org.tutela.core.screening.PartnerProtection.NONE);
    }

    /**
     * The same, its screenings also asking {@code partners} whether a target may be a person a federation partner
     * protects: a possible match is in the dossier as the screening report has it (whom to ask, never a name).
     */
    public static Optional<Dossier> of(RegistryView view, RecordId id, Audience audience, LocalDate today, Locale locale,
                                       org.tutela.core.screening.PartnerProtection partners) {
        Optional<RegistryRecord> subject = view.get(id).filter(r -> r instanceof CooperationRequest || r instanceof Person);
        return subject.map(s -> new DossierAssembly(view, locale, partners).assemble(s, audience, today));
    }

    private Dossier assemble(RegistryRecord subject, Audience audience, LocalDate today) {
        List<CooperationRequest> requests = subject instanceof CooperationRequest r ? List.of(r)
                : view.all(CooperationRequest.class).stream().filter(r -> r.targets().contains(subject.id()))
                        .sorted(Comparator.comparing(r -> r.date().map(ApproximateDate::earliest).orElse(LocalDate.MAX))).toList();
        Set<RecordId> personIds = new LinkedHashSet<>();
        if (subject instanceof Person p) {
            personIds.add(p.id());
        }
        requests.forEach(r -> personIds.addAll(r.targets()));

        // the requests first, so that their sources are the first exhibits
        List<Dossier.Request> requestRows = requests.stream().map(this::request).toList();
        List<Dossier.Flag> flags = new ArrayList<>();
        List<Dossier.PartnerMatch> matches = new ArrayList<>();
        Optional<String> band = Optional.empty();
        Screening screening = Screening.standard().readingPartners(partners);
        for (CooperationRequest r : requests) {
            ScreeningReport report = screening.screen(r, view, today);
            for (org.tutela.core.screening.PartnerMatch m : report.partnerMatches()) {
                PartnerProtection.Hit h = m.hit();
                String status = FactWording.code(h.type().name(), locale).orElse(h.type().name()) + " · " + state(h.grantingState())
                        + h.persecutingState().map(c -> " (" + state(c) + ")").orElse("");
                matches.add(new Dossier.PartnerMatch(named(r), h.asWritten(), h.partner(), h.group(), h.bulletin(), status, m.bar()));
            }
            if (requests.size() == 1) {
                band = Optional.of(report.band().name());
            }
            for (FlagResult f : report.fired()) {
                flags.add(new Dossier.Flag(named(r), f.flag().id(), flagWords.title(f.flag()), flagWords.explanation(f.flag()),
                        flagWords.grounds(f.flag()), f.facts().stream().map(this::fact).toList()));
            }
        }
        List<Dossier.Entry> chronology = related(subject, requests).stream().filter(r -> r.eventDate().isPresent())
                .sorted(Comparator.comparing((RegistryRecord r) -> r.eventDate().get(), ApproximateDate.ORDER).thenComparing(r -> r.id().value()))
                .map(r -> new Dossier.Entry(when(r), r.kind().name(), event(r), cite(r.provenance().citations()))).toList();
        List<Dossier.Pattern> patterns = new ArrayList<>();
        Set<Finding> seen = new LinkedHashSet<>();
        for (RecordId about : requests.isEmpty() ? List.of(subject.id()) : requests.stream().map(CooperationRequest::id).toList()) {
            seen.addAll(Patterns.standard().findingsAbout(view, about));
        }
        for (Finding f : seen) {
            List<Integer> exhibits = new ArrayList<>();
            f.evidence().forEach(e -> exhibits.addAll(cite(e.citations())));
            patterns.add(new Dossier.Pattern(f.detector(), label(f.anchor()), String.join(", ", f.states().stream().map(this::state).toList()),
                    f.evidence().stream().map(Evidence::record).distinct().map(this::label).toList(), exhibits.stream().distinct().sorted().toList()));
        }
        List<Dossier.Person> persons = personIds.stream().flatMap(id -> view.get(id, Person.class).stream()).map(this::person).toList();
        List<String> caseNumbers = requests.stream().flatMap(r -> r.proceeding().flatMap(id -> view.get(id, Proceeding.class)).stream())
                .map(Proceeding::caseNumber).distinct().toList();
        return new Dossier(audience, subject.id().value(), subject.kind().name(), named(subject), today, caseNumbers, persons, chronology,
                requestRows, flags, patterns, exhibits(), band, matches);
    }

    /** The subject, its requests, their cases, and whatever the registry links to any of them. */
    private List<RegistryRecord> related(RegistryRecord subject, List<CooperationRequest> requests) {
        Map<RecordId, RegistryRecord> found = new LinkedHashMap<>();
        List<RegistryRecord> roots = new ArrayList<>(List.of(subject));
        roots.addAll(requests);
        requests.forEach(r -> r.proceeding().flatMap(id -> view.get(id, Proceeding.class)).ifPresent(roots::add));
        for (RegistryRecord root : roots) {
            found.putIfAbsent(root.id(), root);
            for (RegistryRecord r : view.referencing(root.id())) {
                if (!(r instanceof Source) && !(r instanceof Person) && !(r instanceof Organisation)) {
                    found.putIfAbsent(r.id(), r);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private Dossier.Request request(CooperationRequest r) {
        List<Dossier.Decision> decisions = view.referencing(r.id(), Decision.class).stream().filter(d -> d.subject().equals(r.id()))
                .sorted(Comparator.comparing(d -> d.eventDate().map(ApproximateDate::earliest).orElse(LocalDate.MAX)))
                .map(d -> new Dossier.Decision(when(d), words(d.outcome()), d.body().map(this::label).orElse(d.state().map(this::state).orElse("")),
                        d.grounds().stream().map(this::words).sorted().toList(), cite(d.provenance().citations()))).toList();
        return new Dossier.Request(r.id().value(), named(r), when(r), words(r.type()), state(r.requestingState()), state(r.requestedState()),
                r.onBehalfOf().map(this::state), decisions, cite(r.provenance().citations()));
    }

    /** A state by its name in the dossier's language ("Belgique", "Бельгия"); the registry keeps only its code. */
    private String state(Country country) {
        return country.name(locale);
    }

    /** A code of the registry (an outcome, a ground, a type of request) in the dossier's language, never as the code itself. */
    private String words(Enum<?> code) {
        if (locale.getLanguage().equals("en")) {
            return org.tutela.app.web.pages.Labels.phrase(code);
        }
        return FactWording.code(code.name(), locale).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .orElse(org.tutela.app.web.pages.Labels.phrase(code));
    }

    private Dossier.Fact fact(Fact f) {
        // the statement is the English wording the screening made; other languages are rendered from its message
        String words = locale.getLanguage().equals("en") ? f.statement() : FactWording.render(f, locale);
        return new Dossier.Fact(words, cite(f.citations()));
    }

    private Dossier.Person person(Person p) {
        List<String> others = p.names().stream().filter(n -> n.kind() != PersonName.Kind.PRIMARY || !n.equals(p.primaryName()))
                .map(PersonName::full).distinct().toList();
        List<String> protection = view.referencing(p.id(), ProtectionStatus.class).stream()
                .map(s -> words(s.type()) + " · " + state(s.grantingState()) + s.persecutingState().map(c -> " (" + state(c) + ")").orElse("")
                        + s.granted().map(d -> " · " + DateWording.format(d, locale)).orElse("")).toList();
        return new Dossier.Person(p.id().value(), p.primaryName().full(), others, p.birthDate().map(d -> DateWording.format(d, locale)),
                p.nationalities().stream().map(n -> held(n, locale)).toList(), protection);
    }

    /**
     * A nationality with the dates its sources give, in the dossier's language: "Kazakhstan jusqu’en 2015", "Belgium
     * since 3 May 2016", "Belgique (2016 – 2019)". A court reads a nationality that ended as ended, not as current.
     */
    static String held(Held<Country> n, Locale locale) {
        String state = n.value().name(locale);
        if (n.from().isPresent() && n.until().isPresent()) {
            return state + " (" + DateWording.format(n.from().get(), locale) + " – " + DateWording.format(n.until().get(), locale) + ")";
        }
        return state + n.from().map(f -> " " + DateWording.since(f, locale))
                .or(() -> n.until().map(u -> " " + DateWording.until(u, locale))).orElse("");
    }

    /** How a dated record reads in the chronology: an incident by its summary, a decision by who decided what on which. */
    private String event(RegistryRecord r) {
        if (r instanceof org.tutela.core.registry.Incident i) {
            return i.summary();
        }
        if (r instanceof Decision d) {
            return words(d.outcome()) + " · " + d.body().map(this::label).orElse(d.state().map(this::state).orElse("")) + " · " + label(d.subject());
        }
        return named(r);
    }

    private String label(RecordId id) {
        return view.get(id).map(this::named).orElse(id.value());
    }

    /** A record by its name in the dossier's language (a request, a decision, a status, an incident in words; a person by name). */
    private String named(RegistryRecord r) {
        return Readings.labelIn(r, locale);
    }

    private Dossier.When when(RegistryRecord r) {
        boolean marked = r.provenance().citations().stream().anyMatch(c -> c.passage().filter(p -> p.contains(APPROXIMATE)).isPresent());
        Optional<ApproximateDate> date = r.eventDate();
        return new Dossier.When(date, marked || date.filter(d -> !d.isDay()).isPresent(), shown(date));
    }

    private String shown(Optional<ApproximateDate> date) {
        return date.map(d -> DateWording.format(d, locale)).orElse("");
    }

    /** Numbers the sources of {@code citations} as exhibits (first cited, first numbered) and keeps their passages. */
    private List<Integer> cite(List<Citation> citations) {
        List<Integer> cited = new ArrayList<>();
        for (Citation c : citations) {
            int n = numbers.computeIfAbsent(c.source(), k -> numbers.size() + 1);
            c.passage().ifPresent(p -> passages.computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
                    .add(c.locator().map(l -> l + ": ").orElse("") + p));
            if (!cited.contains(n)) {
                cited.add(n);
            }
        }
        return cited;
    }

    private List<Dossier.Exhibit> exhibits() {
        List<Dossier.Exhibit> exhibits = new ArrayList<>();
        numbers.forEach((id, n) -> {
            Optional<Source> s = view.get(id, Source.class);
            exhibits.add(new Dossier.Exhibit(n, s.map(Source::title).orElse(id.value()), s.flatMap(Source::publisher), s.flatMap(Source::published).map(d -> DateWording.format(d, locale)),
                    s.flatMap(Source::url), s.map(x -> x.reliability().name()).orElse("CANNOT_BE_JUDGED"),
                    List.copyOf(passages.getOrDefault(id, Set.of()))));
        });
        return exhibits;
    }
}
