package org.tutela.app.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Role;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.Entry;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.RequestFiles;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Workflow;
import org.tutela.core.requests.WorkflowConflictException;
import org.tutela.core.requests.WorkflowInputException;
import org.tutela.core.requests.WorkflowRefusedException;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.requests.DeskAssignments;

/**
 * The workflow as the server and the command line use it: every read and every step goes through a
 * registry that shows the caller only its compartments (a request it cannot see does not exist for it),
 * and every step, allowed or refused, is written to the audit log with the caller's purpose.
 */
public final class RequestDesk {
    /** The audit log's action for workflow steps. */
    public static final String AUDIT_ACTION = "WORKFLOW";

    private final Workflow workflow;
    private final RequestFiles files;
    private final DeskAssignments desks;
    private final ScreeningDesk screening;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestDesk(RequestFiles files, DeskAssignments desks, ScreeningDesk screening, AuditTrail audit, Clock clock) {
        this.workflow = new Workflow(files, clock);
        this.files = files;
        this.desks = desks;
        this.screening = screening;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who a user is in the workflow: oversight acts as oversight, a reviewer from the desk set on its account, others from none. */
    public Actor actor(String user, Role role) {
        Optional<DeskFunction> function = switch (role) {
            case OVERSIGHT -> Optional.of(DeskFunction.OVERSIGHT);
            case REVIEWER -> desks.of(user);
            default -> Optional.empty();
        };
        return new Actor(user, function);
    }

    public DeskAssignments desks() {
        return desks;
    }

    /** The request, as the caller's registry shows it: not found when it cannot see it, refused when the id is of another kind. */
    public CooperationRequest request(RecordId id, Registry visible) {
        RegistryRecord record = visible.get(id).orElseThrow(() -> new RecordNotFoundException(id));
        if (record instanceof CooperationRequest request) {
            return request;
        }
        throw new WorkflowInputException("id", "'" + id + "' is a " + record.kind().slug() + ", not a cooperation request");
    }

    public RequestFile file(RecordId id, Registry visible) {
        return workflow.file(request(id, visible));
    }

    public FileView view(RecordId id, Registry visible, Optional<Actor> viewer) {
        RequestFile file = file(id, visible);
        return FileView.of(file, title(file.request()), files.alerts(id), viewer, LocalDate.now(clock));
    }

    /**
     * Makes a step on the request's file, all or nothing. The revision the desk saw comes from
     * {@code revision} (an If-Match header) or the step's own; without either the step is refused, so
     * that nobody decides on a file they have not read.
     */
    public Workflow.Outcome act(RecordId id, StepInput input, Optional<Integer> revision, Actor actor, Registry visible, String purpose) {
        CooperationRequest request = request(id, visible);
        int expected = revision.or(input::revision).orElseThrow(() -> new WorkflowInputException("revision",
                "say which revision of the file you acted on (header If-Match or field \"revision\"); the file is at "
                        + workflow.file(request).revision()));
        Step step = input.step() == null ? new Step.RelyOnScreening(screeningOf(id, input.screening())) : input.step();
        Attempt attempt = new Attempt(step, actor, input.on(), input.reason(), input.sources());
        try {
            Workflow.Outcome outcome = workflow.act(request, expected, attempt);
            audit.recordAbout(id.value(), actor.name(), AUDIT_ACTION, purpose, AuditTrail.ALLOWED, "entry " + outcome.entry().number() + " "
                    + step.kind() + describe(step) + " as " + actor.function().map(Enum::name).orElse("no desk") + ": " + input.reason()
                    + (outcome.alerts().isEmpty() ? "" : "; alerts: " + outcome.alerts().stream().map(a -> a.text()).toList()));
            return outcome;
        } catch (WorkflowRefusedException | WorkflowConflictException e) {
            audit.recordAbout(id.value(), actor.name(), AUDIT_ACTION, purpose, AuditTrail.DENIED, e.getMessage());
            throw e;
        }
    }

    /**
     * Records a step on the whole registry's request at the file's current revision: for the demo's replay
     * of the seed case and other trusted input of the server's own, never for a caller's step.
     */
    public Workflow.Outcome record(CooperationRequest request, Attempt attempt, String by) {
        Workflow.Outcome outcome = workflow.act(request, workflow.file(request).revision(), attempt);
        audit.recordAbout(request.id().value(), by, AUDIT_ACTION, "", AuditTrail.ALLOWED, "entry " + outcome.entry().number() + " "
                + attempt.step().kind() + describe(attempt.step()) + " as " + attempt.actor().name() + ": " + attempt.reason());
        return outcome;
    }

    private static String describe(Step step) {
        if (step instanceof Step.Move m) {
            return " " + m.transition();
        }
        if (step instanceof Step.DecideAdmission d) {
            return " " + d.outcome();
        }
        if (step instanceof Step.PlaceHold p) {
            return " " + p.hold();
        }
        return "";
    }

    private ScreeningReference screeningOf(RecordId id, Optional<Long> number) {
        List<org.tutela.storage.screening.JdbcScreeningLog.RecordedScreening> history = screening.history(id);
        Optional<ScreeningReport> report = number.isPresent()
                ? history.stream().filter(s -> s.id() == number.get()).findFirst().map(s -> s.report())
                : history.stream().findFirst().map(s -> s.report());
        return report.map(ScreeningReference::of).orElseThrow(() -> new WorkflowInputException("screening", number.isPresent()
                ? "request " + id + " has no screening " + number.get() : "request " + id + " has not been screened yet: screen it first"));
    }

    /**
     * Confirms who a named person is (the reviewer's choice, usually among the screening's suggestions):
     * a new revision of the request, through the caller's registry, so compartments, write rights and the
     * audit log apply as to any edit; the person must be a person the caller can see.
     */
    public void confirmIdentity(RecordId id, int named, RecordId person, String reason, Registry visible, String by) {
        CooperationRequest request = request(id, visible);
        if (!(visible.get(person).orElse(null) instanceof org.tutela.core.registry.Person)) {
            throw new WorkflowInputException("person", "'" + person + "' is not a person of the registry");
        }
        if (reason.isBlank()) {
            throw new WorkflowInputException("reason", "say why this is the person named");
        }
        int revision = visible.history(id).size();
        visible.save(org.tutela.core.requests.IdentityConfirmation.confirm(request, named, person), revision,
                org.tutela.core.registry.Change.by(by, "identity of named person " + named + " confirmed as " + person + ": " + reason));
    }

    /** Every request the caller can see, with where it stands, longest waiting first. */
    public List<FileView.Summary> overview(Registry visible) {
        Map<RecordId, List<Entry>> all = files.all();
        LocalDate today = LocalDate.now(clock);
        return visible.all(CooperationRequest.class).stream()
                .map(r -> FileView.Summary.of(RequestFile.of(r, all.getOrDefault(r.id(), List.of())), title(r), today))
                .sorted(Comparator.comparing(FileView.Summary::state).thenComparing(FileView.Summary::waitingDays, Comparator.reverseOrder()))
                .toList();
    }

    /** "What has left about this person, and under which decision?": every disclosure concerning her in the requests the caller can see. */
    public List<PersonDisclosure> disclosuresConcerning(RecordId person, Registry visible) {
        visible.get(person).orElseThrow(() -> new RecordNotFoundException(person));
        List<PersonDisclosure> out = new ArrayList<>();
        for (RequestFile file : files(visible)) {
            file.ledger().stream().filter(l -> l.disclosure().concerning().contains(person))
                    .forEach(l -> out.add(new PersonDisclosure(file.id().value(), title(file.request()),
                            new FileView.LedgerView(l.entry(), l.disclosure(), l.recordedBy(), l.breach(), l.breaches()))));
        }
        out.sort(Comparator.comparing(d -> d.disclosure().disclosure().on()));
        return out;
    }

    public record PersonDisclosure(String request, String title, FileView.LedgerView disclosure) {
    }

    /** An alert with the request it is about, for the holder's and oversight's list across requests. */
    public record RequestAlert(String request, String title, RequestFiles.RaisedWorkflowAlert alert) {
    }

    /** The latest alerts on the requests the caller can see, newest first. */
    public List<RequestAlert> alerts(Registry visible, int limit) {
        Map<RecordId, List<Entry>> all = files.all();
        List<RequestAlert> out = new ArrayList<>();
        for (CooperationRequest r : visible.all(CooperationRequest.class)) {
            if (all.containsKey(r.id())) { // an alert needs a file: a hold is a step
                files.alerts(r.id()).forEach(a -> out.add(new RequestAlert(r.id().value(), title(r), a)));
            }
        }
        out.sort(Comparator.comparing((RequestAlert a) -> a.alert().raisedAt()).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /**
     * The breaches recorded in the files of requests concerning {@code person}, as facts a later screening
     * can read (through a registry that shows only what its user may see).
     */
    public List<BreachFact> breachesConcerning(RecordId person, Registry visible) {
        return files(visible).stream().flatMap(f -> Workflow.breaches(f).stream()).filter(b -> b.concerning().contains(person)).toList();
    }

    private List<RequestFile> files(Registry visible) {
        Map<RecordId, List<Entry>> all = files.all();
        return visible.all(CooperationRequest.class).stream().filter(r -> all.containsKey(r.id()))
                .map(r -> RequestFile.of(r, all.get(r.id()))).toList();
    }

    /** "MLA request, KZ → BE, 2018-03-30": a plain title, the same for the page, the API and the command line. */
    public static String title(CooperationRequest r) {
        String type = switch (r.type()) {
            case MLA -> "MLA request";
            case EXTRADITION -> "Extradition request";
            case RED_NOTICE -> "Red Notice";
            case DIFFUSION -> "Diffusion";
            case PROXY_COMPLAINT -> "Complaint by a proxy";
            case OTHER -> "Request";
        };
        return type + ", " + r.requestingState() + " → " + r.requestedState() + r.date().map(d -> ", " + org.tutela.core.registry.DateWording.english(d)).orElse("");
    }
}
