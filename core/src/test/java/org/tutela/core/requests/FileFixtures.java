package org.tutela.core.requests;

import org.tutela.core.registry.ApproximateDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.RecordId;
import org.tutela.core.screening.Band;

/** Small request files for the rules' tests: a request of three measures and the steps made on it so far. */
public final class FileFixtures {
    public static final RecordId REQUEST = RecordId.of("request-fixture-mla");
    public static final RecordId TARGET = RecordId.of("person-fixture-target");
    public static final Actor AUTHORITY = Actor.of("ca", DeskFunction.CENTRAL_AUTHORITY);
    public static final Actor PROSECUTOR = Actor.of("pr", DeskFunction.PROSECUTOR);
    public static final Actor JUDGE = Actor.of("ij", DeskFunction.INVESTIGATING_JUDGE);
    public static final Actor OVERSIGHT = Actor.of("ov", DeskFunction.OVERSIGHT);
    public static final Actor NOBODY = new Actor("clerk", Optional.empty());
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final List<Entry> entries = new ArrayList<>();

    private FileFixtures() {
    }

    public static CooperationRequest request() {
        return new CooperationRequest(REQUEST, CooperationRequest.Type.MLA, Country.of("KZ"), Country.of("BE"),
                Optional.of(ApproximateDate.on(2026, 3, 1)), List.of(), Optional.empty(), Optional.empty(),
                List.of(new CooperationRequest.NamedPerson("Jane Doe", Optional.of(TARGET), CooperationRequest.NamedPerson.Role.TARGET, Optional.empty())),
                List.of(Charge.of("laundering", Charge.Category.MONEY_LAUNDERING)), List.of(),
                List.of(Measure.of(Measure.Kind.SEARCH_HOME, Measure.Scope.SPECIFIC, "her flat"),
                        Measure.of(Measure.Kind.INTERROGATION, Measure.Scope.OPEN_ENDED, "questions"),
                        Measure.of(Measure.Kind.REFUGEE_FILE, Measure.Scope.SPECIFIC, "her refugee file")),
                List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), null);
    }

    public static FileFixtures registered() {
        return new FileFixtures();
    }

    public static ScreeningReference screening(Band band) {
        return new ScreeningReference(LocalDate.of(2026, 3, 2), "test-pack", band, List.of());
    }

    public static FileFixtures screened(Band band) {
        return registered().then(new Step.RelyOnScreening(screening(band)), AUTHORITY);
    }

    /** Screened (no concern), admitted with a speciality condition, in execution. */
    public static FileFixtures inExecution() {
        return screened(Band.NO_CONCERN_FOUND)
                .then(new Step.DecideAdmission(Step.DecideAdmission.Admission.ADMITTED_WITH_CONDITIONS,
                        List.of(Condition.of(Condition.Kind.SPECIALITY)), Optional.empty(), Optional.of(screening(Band.NO_CONCERN_FOUND))), AUTHORITY)
                .then(new Step.Move(Transition.START_EXECUTION), PROSECUTOR);
    }

    public FileFixtures then(Step step, Actor actor) {
        entries.add(new Entry(entries.size() + 1, step, actor, TODAY, Instant.parse("2026-06-01T10:00:00Z"), "because", List.of()));
        return this;
    }

    public RequestFile file() {
        return RequestFile.of(request(), entries);
    }

    public static Attempt attempt(Step step, Actor actor) {
        return Attempt.of(step, actor, "because");
    }

    public static Disclosure disclosure(boolean authorised, LocalDate on) {
        return new Disclosure(Disclosure.Item.CASE_FILE, "copy of the file", List.of(), Disclosure.Recipient.REQUESTING_STATE_LAWYER,
                "the requesting state's lawyer", on, Optional.of("in person"), authorised ? Optional.of("entry 3") : Optional.empty(),
                Optional.empty(), authorised);
    }
}
