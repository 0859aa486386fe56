package org.tutela.app.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.Question;
import org.tutela.core.screening.ScreeningReport;

/**
 * What the report's first page needs for a reader in a hurry: each source numbered once (the detail refers to
 * sources by number), the raised flags with the numbers of their sources, the questions to ask grouped by whom to
 * ask, the steps to take next (each flag's safeguard, once), and states by their names in the reader's language.
 */
final class ReportSummary {
    private ReportSummary() {
    }

    /** A raised flag as one row of the summary's table. */
    record FlagRow(String id, String title, String severity, int facts, List<Integer> sources) {
    }

    /** The questions for one addressee. */
    record Ask(Question.Addressee to, List<AskItem> questions) {
    }

    record AskItem(String text, String flagTitle) {
    }

    static Map<String, Object> of(ScreeningReport report, Map<RecordId, Source> sources, Locale locale, Map<String, String> titles,
                                  Map<String, String> safeguards) {
        Map<RecordId, Integer> numbers = new LinkedHashMap<>();
        sources.keySet().forEach(id -> numbers.put(id, numbers.size() + 1));

        List<FlagRow> rows = new ArrayList<>();
        for (FlagResult r : report.fired()) {
            Set<Integer> cited = new TreeSet<>();
            r.facts().forEach(f -> f.citations().forEach(c -> {
                Integer n = numbers.get(c.source());
                if (n != null) {
                    cited.add(n);
                }
            }));
            rows.add(new FlagRow(r.flag().id(), titles.getOrDefault(r.flag().id(), r.flag().title()), r.flag().severity().name(),
                    r.facts().size(), List.copyOf(cited)));
        }

        Map<Question.Addressee, List<AskItem>> asks = new LinkedHashMap<>();
        for (Question.Addressee to : Question.Addressee.values()) {
            for (FlagResult r : report.notEvaluable()) {
                if (!(r.outcome() instanceof Outcome.NotEvaluable missing)) {
                    continue;
                }
                for (Question q : missing.questions()) {
                    if (q.to() == to) {
                        asks.computeIfAbsent(to, k -> new ArrayList<>()).add(new AskItem(q.text(),
                                titles.getOrDefault(r.flag().id(), r.flag().title())));
                    }
                }
            }
        }

        // the same safeguard may follow from several flags: each step once
        Set<String> next = new LinkedHashSet<>();
        report.fired().forEach(r -> {
            String safeguard = safeguards.get(r.flag().id());
            if (safeguard != null && !safeguard.isBlank()) {
                next.add(safeguard.strip());
            }
        });

        // each passage relied on is quoted once, under its source in the numbered list; facts cite "[n], locator"
        Map<RecordId, List<Citation>> passages = new LinkedHashMap<>();
        java.util.stream.Stream.concat(report.fired().stream(), report.provisional().stream().flatMap(p -> p.flags().stream()))
                .flatMap(r -> r.facts().stream()).flatMap(f -> f.citations().stream())
                .filter(c -> c.passage().isPresent() && numbers.containsKey(c.source()))
                .forEach(c -> {
                    List<Citation> quoted = passages.computeIfAbsent(c.source(), k -> new ArrayList<>());
                    if (quoted.stream().noneMatch(q -> q.passage().equals(c.passage()) && q.locator().equals(c.locator()))) {
                        quoted.add(c);
                    }
                });

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sourceNumbers", numbers);
        model.put("passages", passages);
        model.put("flagRows", rows);
        model.put("asks", asks.entrySet().stream().map(e -> new Ask(e.getKey(), List.copyOf(e.getValue()))).toList());
        model.put("nextSteps", List.copyOf(next));
        model.put("stateNames", new StateNames(locale));
        return model;
    }

    /** A state by its name in the reader's language ("Belgique" for BE in French), from the locale data ({@link Country#name(Locale)}). */
    public record StateNames(Locale locale) {
        public String of(Country country) {
            return country.name(locale);
        }
    }
}
