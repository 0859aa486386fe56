package org.tutela.app.web.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Registry;

/** Counts for analysts: incidents by perpetrator state, host state, family, tactic and year, as SVG bar charts drawn on the server. */
@Controller
public class Statistics {
    private final Registry registry;
    private final Labels labels;

    public Statistics(Registry registry, Labels labels) {
        this.registry = registry;
        this.labels = labels;
    }

    /** One bar, its geometry computed here so that the chart needs neither script nor style attributes. */
    public record Bar(String label, long count, int y, int width, Optional<String> href) {
    }

    /** {@code title} is the key of its title in the common bundle; {@code unknown} counts the incidents that do not say. */
    public record Chart(String id, String title, List<Bar> bars, int height, long unknown) {
        static final int ROW = 26;
        static final int BAR_AREA = 310;

        static Chart of(String id, String title, Map<String, Long> counts, Comparator<Map.Entry<String, Long>> order,
                        Function<String, Optional<String>> link, long unknown) {
            long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
            List<Map.Entry<String, Long>> entries = counts.entrySet().stream().sorted(order).toList();
            List<Bar> bars = new java.util.ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                var e = entries.get(i);
                bars.add(new Bar(e.getKey(), e.getValue(), i * ROW + 4, (int) Math.max(2, e.getValue() * BAR_AREA / max), link.apply(e.getKey())));
            }
            return new Chart(id, title, bars, Math.max(ROW, entries.size() * ROW + 8),
                    unknown);
        }
    }

    @GetMapping("/statistics")
    public String statistics(Model model, java.util.Locale locale) {
        List<Incident> incidents = registry.all(Incident.class);
        Comparator<Map.Entry<String, Long>> byCount = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        Comparator<Map.Entry<String, Long>> byKey = Map.Entry.comparingByKey();
        model.addAttribute("total", incidents.size());
        model.addAttribute("charts", List.of(
                Chart.of("by-perpetrator", "statistics.chart.by-perpetrator", count(incidents, i -> Optional.of(i.perpetratorState().name(locale))), byCount,
                        name -> link("perpetratorState", code(incidents, name, true, locale)), 0),
                Chart.of("by-host", "statistics.chart.by-host", count(incidents, i -> i.hostState().map(c -> c.name(locale))), byCount,
                        name -> link("hostState", code(incidents, name, false, locale)), incidents.stream().filter(i -> i.hostState().isEmpty()).count()),
                Chart.of("by-family", "statistics.chart.by-family", count(incidents, i -> Optional.of(labels.human(i.family()))), byCount,
                        name -> Optional.empty(), 0),
                Chart.of("by-tactic", "statistics.chart.by-tactic", count(incidents, i -> Optional.of(labels.human(i.tactic()))), byCount,
                        name -> incidents.stream().filter(i -> labels.human(i.tactic()).equals(name)).findFirst()
                                .flatMap(i -> link("tactic", Optional.of(i.tactic().name()))), 0),
                Chart.of("by-year", "statistics.chart.by-year", count(incidents, i -> i.eventDate().map(d -> String.valueOf(d.namedYear()))), byKey,
                        name -> Optional.empty(), incidents.stream().filter(i -> i.eventDate().isEmpty()).count())));
        return "statistics";
    }

    private static Map<String, Long> count(List<Incident> incidents, Function<Incident, Optional<String>> key) {
        return incidents.stream().map(key).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Optional<String> code(List<Incident> incidents, String name, boolean perpetrator, java.util.Locale locale) {
        return incidents.stream().map(i -> perpetrator ? Optional.of(i.perpetratorState()) : i.hostState()).flatMap(Optional::stream)
                .filter(c -> c.name(locale).equals(name)).findFirst().map(c -> c.code());
    }

    private static Optional<String> link(String field, Optional<String> value) {
        return value.map(v -> UriComponentsBuilder.fromPath("/search").queryParam("kind", "incident").queryParam(field, v)
                .build().encode().toUriString());
    }
}
