package org.tutela.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RegistryView;

/**
 * The analyst's tables over a view of the registry, after a filter: incidents by perpetrator state,
 * host state, family, tactic and year, family by year, and requests with their outcomes by year and
 * one by one with the time waited. Counts are of what is recorded in the view, not of all that happened.
 */
public final class Counts {
    public static final String UNKNOWN = "unknown";

    private final List<Incident> incidents;
    private final List<RequestOutcome> requests;

    public Counts(RegistryView view, Filter filter, LocalDate today) {
        this.incidents = view.all(Incident.class).stream().filter(filter::admits).toList();
        List<Decision> decisions = view.all(Decision.class);
        this.requests = view.all(CooperationRequest.class).stream().filter(filter::admits)
                .map(r -> RequestOutcome.of(r, decisions, today)).toList();
    }

    public int incidentCount() {
        return incidents.size();
    }

    public int requestCount() {
        return requests.size();
    }

    /** Every table, in the order the page shows them. */
    public List<Table> tables() {
        return List.of(
                count("incidents-by-perpetrator", "perpetrator-state", i -> Optional.of(i.perpetratorState().code()), true),
                count("incidents-by-host", "host-state", i -> i.hostState().map(c -> c.code()), true),
                count("incidents-by-family", "family", i -> Optional.of(i.family().name()), true),
                count("incidents-by-tactic", "tactic", i -> Optional.of(i.tactic().name()), true),
                count("incidents-by-year", "year", Counts::year, false),
                familyByYear(), outcomesByYear(), requestList());
    }

    public Optional<Table> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Optional<String> year(Incident i) {
        return i.eventDate().map(d -> String.valueOf(d.namedYear()));
    }

    private Table count(String id, String column, Function<Incident, Optional<String>> key, boolean byCount) {
        Map<String, Long> counts = incidents.stream().collect(Collectors.groupingBy(i -> key.apply(i).orElse(UNKNOWN), TreeMap::new,
                Collectors.counting()));
        Comparator<Map.Entry<String, Long>> order = byCount
                ? Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())
                : Map.Entry.comparingByKey();
        return new Table(id, List.of(column, "incidents"), counts.entrySet().stream().sorted(order)
                .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList());
    }

    private Table familyByYear() {
        List<String> columns = new ArrayList<>(List.of("year"));
        for (Incident.Family f : Incident.Family.values()) {
            columns.add(f.name());
        }
        Map<String, List<Incident>> byYear = incidents.stream().collect(Collectors.groupingBy(i -> year(i).orElse(UNKNOWN), TreeMap::new,
                Collectors.toList()));
        List<List<String>> rows = new ArrayList<>();
        byYear.forEach((year, list) -> {
            List<String> row = new ArrayList<>(List.of(year));
            for (Incident.Family f : Incident.Family.values()) {
                row.add(String.valueOf(list.stream().filter(i -> i.family() == f).count()));
            }
            rows.add(row);
        });
        return new Table("incidents-family-by-year", columns, rows);
    }

    private Table outcomesByYear() {
        Map<String, List<RequestOutcome>> byYear = requests.stream().collect(Collectors.groupingBy(
                o -> o.request().eventDate().map(d -> String.valueOf(d.namedYear())).orElse(UNKNOWN), TreeMap::new, Collectors.toList()));
        List<List<String>> rows = new ArrayList<>();
        byYear.forEach((year, list) -> {
            List<String> row = new ArrayList<>(List.of(year, String.valueOf(list.size())));
            for (RequestOutcome.Status s : RequestOutcome.Status.values()) {
                row.add(String.valueOf(list.stream().filter(o -> o.status() == s).count()));
            }
            row.add(median(list.stream().filter(o -> o.status() != RequestOutcome.Status.NEVER_DECIDED).toList()));
            rows.add(row);
        });
        return new Table("requests-outcomes-by-year", List.of("year", "requests", "ADMITTED", "REFUSED", "NEVER_DECIDED", "median-days-to-decision"),
                rows);
    }

    private static String median(List<RequestOutcome> decided) {
        List<Long> days = decided.stream().flatMap(o -> o.daysWaited().stream()).sorted().toList();
        if (days.isEmpty()) {
            return "";
        }
        int n = days.size();
        return String.valueOf(n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2);
    }

    private Table requestList() {
        return new Table("requests", List.of("request", "date", "type", "requesting-state", "on-behalf-of", "requested-state", "outcome",
                "decided", "days-waited"), requests.stream()
                .sorted(Comparator.comparing((RequestOutcome o) -> o.request().eventDate().map(org.tutela.core.registry.ApproximateDate::earliest).orElse(LocalDate.MAX)))
                .map(o -> List.of(o.request().id().value(), o.request().eventDate().map(org.tutela.core.registry.ApproximateDate::text).orElse(""),
                        o.request().type().name(), o.request().requestingState().code(),
                        o.request().onBehalfOf().map(c -> c.code()).orElse(""), o.request().requestedState().code(), o.status().name(),
                        o.decided().map(org.tutela.core.registry.ApproximateDate::text).orElse(""), o.daysWaited().map(String::valueOf).orElse(""))).toList());
    }
}
