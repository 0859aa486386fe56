package org.tutela.app.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Disclosure;
import org.tutela.core.requests.Entry;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.FileItems;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.RequestFiles;
import org.tutela.core.requests.RequestState;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.StepKind;
import org.tutela.core.requests.Transition;
import org.tutela.core.requests.Workflow;

/**
 * A request's file as the API, the command line and the page show it: state, screening relied on,
 * decisions with their departures, measures, conditions, holds, the ledger with its breaches, holder,
 * due dates, oversight's notes, every entry, the alerts, and what the viewer's desk may do next.
 */
public record FileView(String request, String title, RequestState state, LocalDate stateSince, long waitingDays, int revision,
                       Optional<FileItems.Holder> holder, Optional<ScreeningReference> screening, List<AdmissionView> admissions,
                       List<FileItems.MeasureItem> measures, List<FileItems.ConditionItem> conditions, List<FileItems.HoldItem> holds,
                       List<FileItems.HoldItem> activeHolds, List<LedgerView> ledger, List<FileItems.DueDate> dueDates,
                       List<FileItems.Annotation> annotations, List<EntryView> entries, List<AlertView> alerts,
                       Optional<Actor> viewer, List<StepKind> available, List<Transition> transitions) {

    public record AdmissionView(int entry, Step.DecideAdmission.Admission outcome, LocalDate on, Actor by, String reason,
                                Optional<ScreeningReference> reliedOn, boolean departsFromScreening, Optional<String> departure) {
    }

    public record LedgerView(int entry, Disclosure disclosure, Actor recordedBy, boolean breach, List<FileItems.Breach> breaches) {
    }

    public record EntryView(int number, StepKind step, Step detail, Actor actor, LocalDate on, Instant recordedAt, String reason,
                            List<Evidence> sources) {
    }

    public record AlertView(long id, Instant raisedAt, String kind, List<String> to, Optional<Integer> entry, String text) {
    }

    public static FileView of(RequestFile file, String title, List<RequestFiles.RaisedWorkflowAlert> alerts, Optional<Actor> viewer, LocalDate today) {
        return new FileView(file.id().value(), title, file.state(), file.stateSince(), ChronoUnit.DAYS.between(file.stateSince(), today),
                file.revision(), file.holder(), file.screening(),
                file.admissions().stream().map(a -> new AdmissionView(a.entry(), a.decision().outcome(), a.on(), a.by(), a.reason(),
                        a.decision().reliedOn(), a.departs(), a.decision().departure())).toList(),
                file.measures(), file.conditions(), file.holds(), file.activeHolds(),
                file.ledger().stream().map(l -> new LedgerView(l.entry(), l.disclosure(), l.recordedBy(), l.breach(), l.breaches())).toList(),
                file.dueDates(), file.annotations(),
                file.entries().stream().map(FileView::entry).toList(),
                alerts.stream().map(a -> new AlertView(a.id(), a.raisedAt(), a.alert().kind().name(), a.alert().to(), a.alert().entry(),
                        a.alert().text())).toList(),
                viewer, viewer.map(v -> Workflow.available(file, v)).orElse(List.of()),
                viewer.map(v -> Workflow.transitions(file, v)).orElse(List.of()));
    }

    static EntryView entry(Entry e) {
        return new EntryView(e.number(), e.step().kind(), e.step(), e.actor(), e.on(), e.recordedAt(), e.reason(), e.sources());
    }

    /** One line of the overview: where a request stands, with whom, since when. */
    public record Summary(String request, String title, RequestState state, LocalDate stateSince, long waitingDays,
                          Optional<String> holder, int activeHolds, int breaches, Optional<LocalDate> nextDue) {
        public static Summary of(RequestFile file, String title, LocalDate today) {
            return new Summary(file.id().value(), title, file.state(), file.stateSince(), ChronoUnit.DAYS.between(file.stateSince(), today),
                    file.holder().map(FileItems.Holder::desk), file.activeHolds().size(), Workflow.breaches(file).size(),
                    file.dueDates().stream().map(FileItems.DueDate::date).filter(d -> !d.isBefore(today)).min(LocalDate::compareTo));
        }
    }
}
