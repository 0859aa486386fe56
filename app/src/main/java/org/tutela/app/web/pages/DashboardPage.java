package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.app.web.ShownScreenings;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryView;

/** The first page: the requests still waiting for someone, and what happened lately. */
@Controller
public class DashboardPage {
    static final int RECENT = 10;
    private final Registry registry;
    private final ShownScreenings shown;

    public DashboardPage(Registry registry, ShownScreenings shown) {
        this.registry = registry;
        this.shown = shown;
    }

    /** A request awaiting a decision, with the last thing decided about it, if anything. */
    public record OpenRequest(CooperationRequest request, String title, String href, List<String> targets,
                              Optional<Decision> lastDecision, Optional<ScreeningReport> screening) {
        public String bandClass() {
            return screening.map(r -> "band-pill-" + r.band().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .orElse("band-pill-none");
        }

        public String bandLabel() {
            return screening.map(r -> Labels.phrase(r.band()) + " (as of " + r.asOf() + ")").orElse("not yet screened");
        }
    }

    @GetMapping("/")
    public String dashboard(Model model) {
        model.addAttribute("openRequests", openRequests(registry, shown.latestOfAll()));
        // only alerts on requests the caller may see, as the caller may see them
        model.addAttribute("alerts", shown.alerts(Optional.empty(), true, RECENT));
        model.addAttribute("recentIncidents", registry.all(Incident.class).stream()
                .sorted(Comparator.comparing((Incident i) -> i.eventDate().map(org.tutela.core.registry.ApproximateDate::latest).orElse(LocalDate.MIN)).reversed()
                        .thenComparing(Incident::id))
                .limit(RECENT).toList());
        model.addAttribute("counts", java.util.Arrays.stream(RecordKind.values())
                .collect(Collectors.toMap(k -> k, k -> registry.count(Optional.of(k)), (a, b) -> a, java.util.LinkedHashMap::new)));
        return "dashboard";
    }

    /**
     * Requests no decision has closed, newest first. A request is open until a decision whose outcome
     * closes it (refused, executed, annulled, notice deleted, withdrawn) refers to it.
     */
    static List<OpenRequest> openRequests(RegistryView registry, Map<RecordId, ScreeningReport> screenings) {
        List<Decision> decisions = registry.all(Decision.class);
        Set<RecordId> closed = decisions.stream().filter(d -> d.outcome().closesRequest()).map(Decision::subject)
                .collect(Collectors.toSet());
        return registry.all(CooperationRequest.class).stream()
                .filter(r -> !closed.contains(r.id()))
                .sorted(Comparator.comparing((CooperationRequest r) -> r.eventDate().map(org.tutela.core.registry.ApproximateDate::latest).orElse(LocalDate.MIN)).reversed()
                        .thenComparing(CooperationRequest::id))
                .map(r -> new OpenRequest(r, Labels.title(r), Labels.href(r.id(), r.kind()),
                        r.persons().stream().filter(p -> p.role() == CooperationRequest.NamedPerson.Role.TARGET)
                                .map(CooperationRequest.NamedPerson::asWritten).toList(),
                        decisions.stream().filter(d -> d.subject().equals(r.id()))
                                .max(Comparator.comparing((Decision d) -> d.eventDate().map(org.tutela.core.registry.ApproximateDate::latest).orElse(LocalDate.MIN))),
                        Optional.ofNullable(screenings.get(r.id()))))
                .toList();
    }
}
