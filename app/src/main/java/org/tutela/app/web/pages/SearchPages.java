package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.Tutela;
import org.tutela.app.search.MatchReading;
import org.tutela.app.search.SearchHits;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordJson;

/**
 * One search box for everything. Names are matched across scripts by the name search (with its
 * explanation); every other record is found by the words of its label and by field filters. The public
 * "look yourself up" is {@code web.lookup.LookupPage}.
 */
@Controller
public class SearchPages {
    static final int MAX_QUERY = 200;
    static final int LIMIT = 50;
    private static final Set<String> OWN = Set.of("q", "kind", "state", "list", "birthDate");
    private final Tutela tutela;
    // the caller's view of the registry (compartments); the name index holds every compartment's persons
    private final Registry registry;
    private final org.tutela.app.security.Visibility visibility;
    private final RecordJson json;
    private final org.tutela.app.security.AuditTrail audit;
    private final org.springframework.context.MessageSource messages;
    private final Labels labels;

    /** {@code registry} is the caller's view: what lies outside the caller's compartments is never found. */
    public SearchPages(Tutela tutela, Registry registry, org.tutela.app.security.Visibility visibility, RecordJson json,
                       org.tutela.app.security.AuditTrail audit, org.springframework.context.MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
        this.visibility = visibility;
        this.audit = audit;
        this.tutela = tutela;
        this.registry = registry;
        this.json = json;
    }

    /** A result: a record of the registry, or an entry of a list; why it was found, in words. */
    public record Result(String kind, String title, Optional<String> href, Optional<String> externalUrl, List<String> why,
                         Optional<String> score, boolean strong) {
    }

    @GetMapping("/search")
    public String search(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        String q = Optional.ofNullable(params.getFirst("q")).map(String::strip).orElse("");
        Optional<String> kindSlug = Optional.ofNullable(params.getFirst("kind")).filter(s -> !s.isBlank());
        Optional<String> state = Optional.ofNullable(params.getFirst("state")).map(String::strip).filter(s -> !s.isBlank());
        Optional<String> list = Optional.ofNullable(params.getFirst("list")).filter(s -> !s.isBlank());
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!OWN.contains(k) && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                fields.put(k, v.get(0).strip());
            }
        });
        model.addAttribute("q", q);
        model.addAttribute("kind", kindSlug.orElse(""));
        model.addAttribute("state", state.orElse(""));
        model.addAttribute("list", list.orElse(""));
        model.addAttribute("fields", fields);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("lists", tutela.lists().all());
        model.addAttribute("states", Choices.states(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        List<String> problems = new ArrayList<>();
        Optional<RecordKind> kind = kindSlug.flatMap(RecordKind::fromSlug);
        if (kindSlug.isPresent() && kind.isEmpty()) {
            problems.add(messages.getMessage("search.problem.kind", new Object[] {kindSlug.get()}, locale));
        }
        if (q.length() > MAX_QUERY) {
            problems.add(messages.getMessage("search.problem.long", new Object[] {q.length(), MAX_QUERY}, locale));
        }
        if (state.isPresent() && !(Country.isKnown(state.get()) && state.get().chars().allMatch(c -> c < 128))) {
            problems.add(messages.getMessage("search.problem.state", new Object[] {state.get()}, locale));
        }
        model.addAttribute("problems", problems);
        boolean asked = !q.isEmpty() || !fields.isEmpty() || kind.isPresent();
        model.addAttribute("asked", asked);
        if (!problems.isEmpty() || !asked) {
            model.addAttribute("results", List.of());
            return "search";
        }
        List<Result> results = new ArrayList<>();
        boolean names = !q.isEmpty() && (kind.isEmpty() || kind.get() == RecordKind.PERSON);
        if (names) {
            try {
                SearchHits.Question question = new SearchHits.Question(q, Optional.empty(),
                        state.map(s -> Set.of(s.toUpperCase(Locale.ROOT))).orElse(Set.of()), list.map(Set::of), list.isEmpty(), false);
                List<SearchHits.Hit> shown = new ArrayList<>();
                for (SearchHits.Hit hit : SearchHits.search(tutela.search(), question, LIMIT, visibility::sees)) {
                    results.add(result(hit));
                    shown.add(hit);
                }
                org.tutela.app.security.web.WebCaller.current()
                        .ifPresent(who -> audit.searched(who, question.describe(), SearchHits.ids(shown)));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (list.isEmpty()) {
            Set<String> already = new java.util.HashSet<>();
            results.forEach(r -> r.href().ifPresent(already::add));
            try {
                RecordQuery query = new RecordQuery(kind, fields, Optional.of(q).filter(s -> !s.isEmpty()), 0, RecordQuery.MAX_LIMIT);
                for (RegistryRecord r : registry.find(query)) {
                    if (state.isPresent() && !mentions(r, state.get().toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    Result found = new Result(labels.kind(r), labels.titleOf(r), Optional.of(Labels.href(r.id(), r.kind())),
                            Optional.empty(), List.of(q.isEmpty() ? say("search.why.filters") : say("search.why.title", q)), Optional.empty(), true);
                    if (already.add(found.href().get()) && results.size() < 200) {
                        results.add(found);
                    }
                }
            } catch (InvalidRecordException e) {
                problems.add(e.getMessage());
            }
        }
        model.addAttribute("results", results);
        return "search";
    }

    /** A sentence of the names bundle in the page's language. */
    private String say(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private Result result(SearchHits.Hit hit) {
        // the match explained in the page's language, one finding a line: no engine code, no resource file's name
        // (the hit's reading, made once when the hit was; not the match read again)
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<String> why = hit.reading().stream().map(l -> MatchReading.text(l, locale)).toList();
        String score = String.format(Locale.ROOT, "%.0f%%", hit.score() * 100);
        if ("registry".equals(hit.type())) {
            return new Result(labels.kind(RecordKind.PERSON), hit.name(), Optional.of(Labels.href(RecordId.of(hit.id()), RecordKind.PERSON)), Optional.empty(),
                    why, Optional.of(score), hit.strong());
        }
        String where = hit.list().map(l -> l.title() + " (" + l.publisher() + ", " + l.date() + ")").orElse(say("search.aList"));
        return new Result(say("search.onList", where), hit.name() + hit.reference().map(r -> " · " + r).orElse(""), Optional.empty(),
                hit.sourceUrl(), why, Optional.of(score), hit.strong());
    }

    /** Whether any state-like field of the record (a state, a nationality, a residence) holds {@code code}. */
    private boolean mentions(RegistryRecord record, String code) {
        return json.fields(record).entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).endsWith("state") || e.getKey().equals("nationalities")
                        || e.getKey().equals("residences") || e.getKey().endsWith("country") || e.getKey().equals("onBehalfOf")
                        || e.getKey().equals("controllingState"))
                .anyMatch(e -> e.getValue().contains(code));
    }
}
