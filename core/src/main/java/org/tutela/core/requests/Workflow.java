package org.tutela.core.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.requests.rules.StepAllowedInState;

/**
 * The request's life as a state machine: reads a request's file, judges a step by every workflow rule,
 * and appends it with the alerts it raises, all or nothing. Knows no storage, no HTTP, no users: the
 * caller says who acts and has already checked that it may see the request.
 */
public final class Workflow {
    private final RequestFiles files;
    private final Clock clock;

    public Workflow(RequestFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** What a step did: the new entry, the file after it, and the alerts it raised. */
    public record Outcome(RequestFile file, Entry entry, List<WorkflowAlert> alerts) {
    }

    public RequestFile file(CooperationRequest request) {
        return RequestFile.of(request, files.entries(request.id()));
    }

    /**
     * Makes {@code attempt} on the request's file if it is still at {@code expectedRevision} and every
     * rule allows it. A disclosure refused under a hold raises an alert to the holder and oversight
     * before the refusal is thrown.
     */
    public Outcome act(CooperationRequest request, int expectedRevision, Attempt attempt) {
        RequestFile file = file(request);
        if (file.revision() != expectedRevision) {
            throw new WorkflowConflictException(request.id(), attempt.step().kind(), expectedRevision, file.revision());
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Verdict.Rejected> rejected = WorkflowRules.judge(file, attempt, today);
        if (rejected.isPresent()) {
            if (rejected.get().rule().equals("NoDisclosureUnderHold")) {
                files.raise(new WorkflowAlert(request.id(), WorkflowAlert.Kind.DISCLOSURE_REFUSED, recipients(file), Optional.empty(),
                        "alert.disclosure.refused", List.of(attempt.actor().name(), rejected.get().args().get(0))));
            }
            throw new WorkflowRefusedException(request.id(), attempt.step().kind(), rejected.get());
        }
        Entry entry = new Entry(expectedRevision + 1, completed(file, attempt.step()), attempt.actor(), attempt.on().orElse(today),
                clock.instant(), attempt.reason(), attempt.sources());
        RequestFile after = file.with(entry);
        List<WorkflowAlert> alerts = alertsOf(after, entry);
        files.append(request.id(), expectedRevision, entry, alerts);
        return new Outcome(after, entry, alerts);
    }

    /** Fills in what the workflow, not the desk, knows: the screening a decision relied on, whom a disclosure concerns. */
    private static Step completed(RequestFile file, Step step) {
        if (step instanceof Step.DecideAdmission d) {
            return d.relyingOn(file.screening());
        }
        if (step instanceof Step.RecordDisclosure r && r.disclosure().concerning().isEmpty()) {
            Disclosure d = r.disclosure();
            return new Step.RecordDisclosure(new Disclosure(d.item(), d.what(), file.request().targets(), d.recipientKind(), d.recipient(),
                    d.on(), d.channel(), d.decision(), d.acknowledgedBy(), d.authorised()));
        }
        return step;
    }

    private static List<WorkflowAlert> alertsOf(RequestFile after, Entry entry) {
        List<WorkflowAlert> alerts = new ArrayList<>();
        if (entry.step() instanceof Step.CheckCondition c && c.state() == Condition.State.BREACHED) {
            Condition condition = after.condition(c.condition()).orElseThrow().condition();
            alerts.add(new WorkflowAlert(after.id(), WorkflowAlert.Kind.CONDITION_BREACHED, recipients(after), Optional.of(entry.number()),
                    "alert.condition.breached", List.of(String.valueOf(c.condition()), condition.kind().name(), entry.on().toString())));
        }
        if (entry.step() instanceof Step.RecordDisclosure) {
            after.ledger().stream().filter(l -> l.entry() == entry.number() && l.breach()).findFirst().ifPresent(l ->
                    alerts.add(new WorkflowAlert(after.id(), WorkflowAlert.Kind.DISCLOSURE_BREACH, recipients(after), Optional.of(entry.number()),
                            "alert.disclosure.breach", List.of(l.disclosure().what(), l.disclosure().recipient(), l.disclosure().on().toString(),
                                    l.breaches().stream().map(b -> b.holdKind().map(Enum::name).orElse(b.kind().name())).toList().toString()))));
        }
        return alerts;
    }

    /** The holder of the request (its desk, or the central authority while none is named) and oversight. */
    private static List<String> recipients(RequestFile file) {
        return List.of(file.holder().map(FileItems.Holder::desk).orElse(DeskFunction.CENTRAL_AUTHORITY.name()), WorkflowAlert.OVERSIGHT);
    }

    /** The kinds of step {@code actor} may make on the file now, by its desk and the request's state (what a page offers). */
    public static List<StepKind> available(RequestFile file, Actor actor) {
        if (actor.function().isEmpty()) {
            return List.of();
        }
        DeskFunction f = actor.function().get();
        return Arrays.stream(StepKind.values()).filter(k -> k.madeBy(f)).filter(k -> StepAllowedInState.allows(k, file.state()))
                .filter(k -> k != StepKind.MOVE || !transitions(file, actor).isEmpty()).toList();
    }

    public static List<Transition> transitions(RequestFile file, Actor actor) {
        return Arrays.stream(Transition.values()).filter(t -> t.leaves(file.state()))
                .filter(t -> actor.function().filter(t.by()::contains).isPresent()).toList();
    }

    /**
     * The breaches recorded in a file, as facts: each breached condition, and each disclosure that breached
     * a hold or had no decision. The state is the request's requesting state: its
     * conditions and assurances were breached.
     */
    public static List<BreachFact> breaches(RequestFile file) {
        List<BreachFact> facts = new ArrayList<>();
        org.tutela.core.registry.Country state = file.request().requestingState();
        for (FileItems.ConditionItem c : file.breachedConditions()) {
            int entry = c.checkedIn().orElseThrow();
            List<Evidence> evidence = new ArrayList<>(c.evidence());
            evidence.addAll(file.entries().get(entry - 1).sources());
            facts.add(new BreachFact(file.id(), state, file.request().targets(),
                    new BreachFact.ConditionBreached(c.condition().kind(), c.condition().text()), c.checkedOn().orElseThrow(), entry, evidence));
        }
        for (FileItems.LedgerItem l : file.ledger()) {
            if (l.breach()) {
                List<HoldKind> holds = l.breaches().stream().flatMap(b -> b.holdKind().stream()).toList();
                boolean withoutDecision = l.breaches().stream().anyMatch(b -> b.kind() == FileItems.BreachKind.WITHOUT_DECISION);
                facts.add(new BreachFact(file.id(), state, l.disclosure().concerning(),
                        new BreachFact.DisclosureInBreach(l.disclosure().item(), holds, withoutDecision), l.disclosure().on(), l.entry(),
                        file.entries().get(l.entry() - 1).sources()));
            }
        }
        return facts;
    }

    /**
     * The breach record screenings read ({@link org.tutela.core.screening.BreachRecord}): the breaches in the
     * stored file of a request the screening already found in its owner's view.
     */
    public static org.tutela.core.screening.BreachRecord breachRecord(RequestFiles files) {
        return new org.tutela.core.screening.BreachRecord() {
            @Override
            public List<BreachFact> of(org.tutela.core.registry.CooperationRequest request) {
                return breaches(RequestFile.of(request, files.entries(request.id())));
            }

            /** Only the files that may hold a breach, each as the view shows its request (or not at all). */
            @Override
            public List<org.tutela.core.registry.CooperationRequest> filed(org.tutela.core.registry.RegistryView view,
                                                                           java.util.Set<org.tutela.core.registry.Country> states) {
                return files.mayHoldBreaches(states).stream().sorted()
                        .flatMap(id -> view.get(id, org.tutela.core.registry.CooperationRequest.class).stream()).toList();
            }
        };
    }
}
