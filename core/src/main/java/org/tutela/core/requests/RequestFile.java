package org.tutela.core.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.requests.FileItems.AdmissionItem;
import org.tutela.core.requests.FileItems.Annotation;
import org.tutela.core.requests.FileItems.Breach;
import org.tutela.core.requests.FileItems.BreachKind;
import org.tutela.core.requests.FileItems.ConditionItem;
import org.tutela.core.requests.FileItems.DueDate;
import org.tutela.core.requests.FileItems.HoldItem;
import org.tutela.core.requests.FileItems.Holder;
import org.tutela.core.requests.FileItems.LedgerItem;
import org.tutela.core.requests.FileItems.MeasureItem;

/**
 * A request's life after screening: the request as registered and every step made on it since, read in
 * order into its state, measures, conditions, holds, ledger, holder and due dates. Immutable; a new
 * step gives a new file ({@link #with}). The file's revision is the number of its last entry.
 */
public final class RequestFile {
    private final CooperationRequest request;
    private final List<Entry> entries;
    private RequestState state = RequestState.REGISTERED;
    private RequestState beforeSuspension = RequestState.REGISTERED;
    private LocalDate stateSince;
    private Optional<ScreeningReference> screening = Optional.empty();
    private final List<AdmissionItem> admissions = new ArrayList<>();
    private final List<MeasureItem> measures = new ArrayList<>();
    private final List<ConditionItem> conditions = new ArrayList<>();
    private final List<HoldItem> holds = new ArrayList<>();
    private final List<LedgerItem> ledger = new ArrayList<>();
    private Optional<Holder> holder = Optional.empty();
    private final List<DueDate> dueDates = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private boolean reviewOpen;

    private RequestFile(CooperationRequest request, List<Entry> entries) {
        this.request = request;
        this.entries = List.copyOf(entries);
        this.stateSince = request.eventDate().map(org.tutela.core.registry.ApproximateDate::earliest).orElse(LocalDate.EPOCH);
        for (int i = 0; i < request.measures().size(); i++) {
            measures.add(new MeasureItem(i + 1, request.measures().get(i), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        for (Entry e : this.entries) {
            apply(e);
        }
    }

    /** The file of {@code request} after {@code entries}, which must be numbered 1, 2, 3... */
    public static RequestFile of(CooperationRequest request, List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number() != i + 1) {
                throw new IllegalStateException("the file of " + request.id() + " has entry " + entries.get(i).number() + " at place " + (i + 1));
            }
        }
        return new RequestFile(request, entries);
    }

    public RequestFile with(Entry entry) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(entry);
        return of(request, more);
    }

    private void apply(Entry e) {
        Step step = e.step();
        if (step instanceof Step.RelyOnScreening s) {
            screening = Optional.of(s.screening());
            if (state == RequestState.REGISTERED) {
                moveTo(RequestState.SCREENED, e.on());
            }
        } else if (step instanceof Step.DecideAdmission d) {
            admissions.add(new AdmissionItem(e.number(), d, e.actor(), e.on(), e.reason()));
            d.conditions().forEach(c -> addCondition(c, e));
            moveTo(switch (d.outcome()) {
                case ADMITTED -> RequestState.ADMITTED;
                case ADMITTED_WITH_CONDITIONS -> RequestState.ADMITTED_WITH_CONDITIONS;
                case REFUSED -> RequestState.REFUSED;
                case RETURNED_FOR_CLARIFICATION -> RequestState.RETURNED_FOR_CLARIFICATION;
            }, e.on());
        } else if (step instanceof Step.DecideMeasure m) {
            MeasureItem old = measures.get(m.measure() - 1);
            measures.set(m.measure() - 1, new MeasureItem(old.number(), old.measure(), Optional.of(m.outcome()),
                    Optional.of(e.number()), Optional.of(e.actor())));
            m.conditions().forEach(c -> addCondition(new Condition(c.kind(), c.text(), Optional.of(m.measure())), e));
            if (m.authorises() && e.actor().actsAs(DeskFunction.INVESTIGATING_JUDGE) && state == RequestState.IN_EXECUTION) {
                moveTo(RequestState.MEASURES_AUTHORISED, e.on());
            }
        } else if (step instanceof Step.Move m) {
            if (m.transition() == Transition.SUSPEND) {
                beforeSuspension = state;
            }
            moveTo(m.transition().to().orElse(beforeSuspension), e.on());
        } else if (step instanceof Step.AddCondition a) {
            addCondition(a.condition(), e);
        } else if (step instanceof Step.CheckCondition c) {
            ConditionItem old = conditions.get(c.condition() - 1);
            conditions.set(c.condition() - 1, new ConditionItem(old.number(), old.condition(), c.state(), c.evidence(), old.addedIn(),
                    Optional.of(e.on()), Optional.of(e.number())));
        } else if (step instanceof Step.PlaceHold p) {
            holds.add(new HoldItem(holds.size() + 1, p.hold(), p.since().orElse(e.on()), Optional.of(e.actor()),
                    Optional.of(e.number()), Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (step instanceof Step.LiftHold l) {
            lift(l.hold(), e);
        } else if (step instanceof Step.RecordDisclosure d) {
            ledger.add(new LedgerItem(e.number(), d.disclosure(), e.actor(), breachesOf(d.disclosure())));
        } else if (step instanceof Step.AssignHolder a) {
            holder = Optional.of(new Holder(a.desk(), a.person(), e.on()));
        } else if (step instanceof Step.SetDueDate d) {
            dueDates.add(new DueDate(d.due(), d.date(), d.note(), e.number()));
        } else if (step instanceof Step.OpenReview) {
            reviewOpen = true;
            holds.add(new HoldItem(holds.size() + 1, HoldKind.OVERSIGHT_REVIEW, e.on(), Optional.of(e.actor()), Optional.of(e.number()),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (step instanceof Step.Annotate a) {
            annotations.add(new Annotation(e.number(), e.actor(), e.on(), a.entry(), a.note()));
        } else if (step instanceof Step.CloseReview) {
            reviewOpen = false;
            holds.stream().filter(h -> h.kind() == HoldKind.OVERSIGHT_REVIEW && h.active()).map(HoldItem::number).toList()
                    .forEach(n -> lift(n, e));
        }
    }

    private void moveTo(RequestState next, LocalDate on) {
        state = next;
        stateSince = on;
    }

    private void addCondition(Condition c, Entry e) {
        conditions.add(new ConditionItem(conditions.size() + 1, c, Condition.State.PENDING, List.of(), e.number(), Optional.empty(), Optional.empty()));
    }

    private void lift(int number, Entry e) {
        HoldItem h = holds.get(number - 1);
        holds.set(number - 1, new HoldItem(h.number(), h.kind(), h.since(), h.placedBy(), h.placedIn(), Optional.of(e.on()),
                Optional.of(e.number()), Optional.of(e.actor())));
    }

    /** A disclosure in fact is a breach of every hold active on its day, and of the rule that a decision must authorise it. */
    private List<Breach> breachesOf(Disclosure d) {
        List<Breach> found = new ArrayList<>();
        for (HoldItem h : activeHoldsOn(d.on())) {
            found.add(new Breach(BreachKind.UNDER_HOLD, Optional.of(h.number()), Optional.of(h.kind())));
        }
        if (!d.authorised() && d.decision().isEmpty()) {
            found.add(new Breach(BreachKind.WITHOUT_DECISION, Optional.empty(), Optional.empty()));
        }
        return found;
    }

    public CooperationRequest request() {
        return request;
    }

    public RecordId id() {
        return request.id();
    }

    public List<Entry> entries() {
        return entries;
    }

    public int revision() {
        return entries.size();
    }

    public RequestState state() {
        return state;
    }

    /** The day the request reached its present state: how long it has waited is counted from here. */
    public LocalDate stateSince() {
        return stateSince;
    }

    public Optional<ScreeningReference> screening() {
        return screening;
    }

    public List<AdmissionItem> admissions() {
        return Collections.unmodifiableList(admissions);
    }

    public Optional<AdmissionItem> admission() {
        return admissions.isEmpty() ? Optional.empty() : Optional.of(admissions.get(admissions.size() - 1));
    }

    public List<MeasureItem> measures() {
        return Collections.unmodifiableList(measures);
    }

    public Optional<MeasureItem> measure(int number) {
        return number >= 1 && number <= measures.size() ? Optional.of(measures.get(number - 1)) : Optional.empty();
    }

    public List<ConditionItem> conditions() {
        return Collections.unmodifiableList(conditions);
    }

    public Optional<ConditionItem> condition(int number) {
        return number >= 1 && number <= conditions.size() ? Optional.of(conditions.get(number - 1)) : Optional.empty();
    }

    /** Every hold placed, lifted or not; the unresolved "refuse" band is in {@link #activeHoldsOn}. */
    public List<HoldItem> holds() {
        return Collections.unmodifiableList(holds);
    }

    public Optional<HoldItem> hold(int number) {
        return number >= 1 && number <= holds.size() ? Optional.of(holds.get(number - 1)) : Optional.empty();
    }

    /**
     * The holds that stop a disclosure on {@code day}: those placed and not lifted by then, and, while no
     * admission decision has resolved it, the "refuse" band of the screening relied on.
     */
    public List<HoldItem> activeHoldsOn(LocalDate day) {
        List<HoldItem> active = new ArrayList<>(holds.stream().filter(h -> h.activeOn(day)).toList());
        if (refuseBandUnresolved()) {
            active.add(0, new HoldItem(0, HoldKind.REFUSE_BAND, screening.get().asOf(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return active;
    }

    /** The holds in force now, whatever the day they took effect. */
    public List<HoldItem> activeHolds() {
        List<HoldItem> active = new ArrayList<>(holds.stream().filter(HoldItem::active).toList());
        if (refuseBandUnresolved()) {
            active.add(0, new HoldItem(0, HoldKind.REFUSE_BAND, screening.get().asOf(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return active;
    }

    private boolean refuseBandUnresolved() {
        return screening.filter(s -> s.band() == org.tutela.core.screening.Band.REFUSE).isPresent() && admissions.isEmpty();
    }

    public List<LedgerItem> ledger() {
        return Collections.unmodifiableList(ledger);
    }

    public Optional<Holder> holder() {
        return holder;
    }

    public List<DueDate> dueDates() {
        return Collections.unmodifiableList(dueDates);
    }

    public List<Annotation> annotations() {
        return Collections.unmodifiableList(annotations);
    }

    public boolean reviewOpen() {
        return reviewOpen;
    }

    public List<ConditionItem> breachedConditions() {
        return conditions.stream().filter(ConditionItem::breached).toList();
    }
}
