package org.tutela.exchange.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.Disclosure;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.HoldKind;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Step.DecideAdmission.Admission;
import org.tutela.core.requests.Transition;

/**
 * The seed case's requests replayed through the workflow, step by step, as the sources tell them: the
 * Kazakh MLA request admitted in April 2018, the search of 1 October 2019 and the two safeguards it
 * breached, the bank data sent before anyone looked, the appeal and its hold, the 2023 copy of the appeal
 * file made despite the hold, and the two extradition requests left without decision. Every step cites
 * the seed records it rests on; persons are never named here (a disclosure concerns the request's own
 * targets, which the workflow reads from the request). Where the sources give a month, the day is the
 * last of it, as in the seed data.
 */
public final class SeedWorkflow {
    public static final RecordId MLA = RecordId.of("request-kz-be-mla-2018-03-30");
    public static final RecordId KZ_EXTRADITION = RecordId.of("request-kz-be-extradition-2018-04-24");
    public static final RecordId UA_EXTRADITION = RecordId.of("request-ua-be-extradition-2016-11-03");

    static final Actor AUTHORITY = Actor.of("Belgian central authority (Minister of Justice), replayed", DeskFunction.CENTRAL_AUTHORITY);
    static final Actor PROSECUTOR = Actor.of("Belgian prosecutor's office, replayed", DeskFunction.PROSECUTOR);
    static final Actor JUDGE = Actor.of("Brussels investigating judge, replayed", DeskFunction.INVESTIGATING_JUDGE);
    static final Actor OVERSIGHT = Actor.of("Oversight, replayed from the sources", DeskFunction.OVERSIGHT);

    private static final String REPORT = "source-odf-report-2024-09-23";

    private SeedWorkflow() {
    }

    /** One step of the replay, on one request. */
    public record Replayed(RecordId request, Attempt attempt) {
    }

    /**
     * The replay, in order. {@code screen} screens a request as of a date and returns the reference a
     * decision relies on (the demo stores those screenings in the request's history).
     */
    public static List<Replayed> steps(List<? extends RegistryRecord> seed, BiFunction<RecordId, LocalDate, ScreeningReference> screen) {
        List<Replayed> out = new ArrayList<>();
        mla(out, screen, appealOf(seed));
        kazakhExtradition(out, screen);
        ukrainianExtradition(out, screen);
        return out;
    }

    /** Her challenge to the request's execution: the Belgian proceeding the seed data relates to the MLA request. */
    static RecordId appealOf(List<? extends RegistryRecord> seed) {
        return seed.stream().filter(Proceeding.class::isInstance).map(Proceeding.class::cast)
                .filter(p -> p.related().contains(MLA) && p.state().equals(Country.of("BE")))
                .map(Proceeding::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed data has no Belgian proceeding related to " + MLA + " (the appeal)"));
    }

    private static void mla(List<Replayed> out, BiFunction<RecordId, LocalDate, ScreeningReference> screen, RecordId appealProceeding) {
        LocalDate considered = LocalDate.of(2018, 4, 15);
        add(out, MLA, new Step.RelyOnScreening(screen.apply(MLA, considered)), AUTHORITY, considered,
                "replay: the screening as it reads with what was known on 15 April 2018, before the admission",
                Evidence.of("request-kz-be-mla-2018-03-30", "the request of 30 March 2018"));
        add(out, MLA, new Step.DecideAdmission(Admission.ADMITTED, List.of(), Optional.of(
                "The sources record no reasons: the Minister approved the request in April 2018 without the checks required by law, "
                        + "and later cited the UN conventions on organised crime and corruption and the Council of Europe laundering convention as its basis."),
                Optional.empty()), AUTHORITY, LocalDate.of(2018, 4, 30),
                "ministerial approval in April 2018 (month only; the day is the last of the month)",
                Evidence.of("decision-be-minister-admits-mla-2018-04", "ministerial approval in April 2018"),
                Evidence.of("source-observatories-2020-2025", "the Minister cited UNTOC, UNCAC and the Council of Europe laundering convention"));
        add(out, MLA, new Step.AssignHolder("prosecutor's office", Optional.empty()), AUTHORITY, LocalDate.of(2018, 4, 30),
                "the second filter: the prosecutor's office executes or refers the request",
                Evidence.of("source-lesoir-2019-10", "the three filters: Minister of Justice, prosecutor's office, investigating judge"));
        LocalDate search = LocalDate.of(2019, 10, 1);
        add(out, MLA, new Step.Move(Transition.START_EXECUTION), PROSECUTOR, search,
                "executed by the day of the search at the latest (the sources give no earlier date)",
                Evidence.of("decision-be-mla-executed-search-2019-10-01", "search of 1 October 2019 and hearing of 4 October"));
        add(out, MLA, new Step.RecordDisclosure(new Disclosure(Disclosure.Item.BANK_DATA,
                        "all her banking information, transactions and identity data, supplied by two Belgian banks", List.of(),
                        Disclosure.Recipient.REQUESTING_STATE, "Kazakhstan", search, Optional.of("passed on by the Belgian authorities"),
                        Optional.empty(), Optional.empty(), false)), PROSECUTOR, search,
                "bank data already collected and sent before the search, without her knowledge; no decision on the measure is recorded",
                Evidence.of("incident-bank-data-2019", "bank data already collected and sent before the search"));
        add(out, MLA, new Step.DecideMeasure(1, Step.DecideMeasure.MeasureOutcome.AUTHORISED_WITH_CONDITIONS, List.of(
                        new Condition(Condition.Kind.BAR_REPRESENTATIVE_PRESENT,
                                Optional.of("the president of the bar told and a representative present: the flat held a lawyer's privileged files"), Optional.empty()),
                        new Condition(Condition.Kind.NO_FOREIGN_OFFICIALS_PRESENT,
                                Optional.of("the requesting state's officials take no part in the search and read none of the material"), Optional.empty()))),
                JUDGE, search, "the search was carried out on the investigating judge's authority; the sources do not show the warrant, "
                        + "so the conditions recorded are the safeguards the law sets for the search of a lawyer's premises",
                Evidence.of("decision-be-mla-executed-search-2019-10-01", "search executed by the Brussels investigating judges"));
        add(out, MLA, new Step.CheckCondition(1, Condition.State.BREACHED, List.of(
                        Evidence.of("incident-search-2019-10-01", "no warrant shown, her lawyers kept out, the bar president not told"))),
                OVERSIGHT, search, "the bar president was not told and her lawyers were refused entry",
                Evidence.of("source-observatories-2020-2025", "no warrant shown"));
        add(out, MLA, new Step.CheckCondition(2, Condition.State.BREACHED, List.of(
                        Evidence.of("incident-search-2019-10-01", "two Kazakh officials looked through and photographed her papers"))),
                OVERSIGHT, search, "two officials of the requesting state were present and read her papers",
                Evidence.of("source-lesoir-2019-10", "two Russian-speaking agents consulting documents on her desk"));
        add(out, MLA, new Step.Move(Transition.GATHER_RESULTS), JUDGE, search, "devices and files seized, privileged files among them",
                Evidence.of("decision-be-mla-executed-search-2019-10-01", "devices and files seized"));
        LocalDate appeal = LocalDate.of(2022, 1, 13);
        add(out, MLA, new Step.PlaceHold(HoldKind.APPEAL_PENDING, Optional.of(appeal)), AUTHORITY, appeal,
                "her challenge to the execution of the request is pending (after judgment 1/2022; the sources show it by 13 January 2022)",
                new Evidence(Optional.of(appealProceeding), "challenge before the indictments chamber to the execution of the request"),
                Evidence.of("decision-be-constitutional-court-1-2022", "a right of appeal and access to the MLA file"));
        LocalDate copy = LocalDate.of(2023, 3, 21);
        add(out, MLA, new Step.AddCondition(Condition.of(Condition.Kind.NOTHING_SENT_DURING_APPEAL)), AUTHORITY, copy,
                "the Minister assured that cooperation would be suspended and nothing sent during her appeal (known by 21 March 2023)",
                Evidence.of("decision-be-minister-suspends-cooperation", "nothing sent during her appeal"));
        add(out, MLA, new Step.Move(Transition.SUSPEND), AUTHORITY, copy, "the Minister's assurance: cooperation suspended during the appeal",
                Evidence.of("decision-be-minister-suspends-cooperation", "cooperation would be suspended"));
        add(out, MLA, new Step.RecordDisclosure(new Disclosure(Disclosure.Item.CASE_FILE, "a copy of her MLA appeal file", List.of(),
                        Disclosure.Recipient.REQUESTING_STATE_LAWYER, "Kazakhstan's Belgian lawyer", copy,
                        Optional.of("copy handed over on request"), Optional.of("request of 21 March 2023 granted by the investigating judge"),
                        Optional.empty(), false)), OVERSIGHT, copy,
                "the requesting state's lawyer obtained a copy of her appeal file while the appeal was pending; she was not told",
                Evidence.of("incident-kz-lawyer-copies-appeal-file-2023-03-21", "request of 21 March 2023 granted by the investigating judge"));
        add(out, MLA, new Step.CheckCondition(3, Condition.State.BREACHED, List.of(
                        Evidence.of("incident-kz-lawyer-copies-appeal-file-2023-03-21", "copy of the appeal file given during the appeal"))),
                OVERSIGHT, copy, "the file was sent while the appeal was pending, against the Minister's assurance",
                Evidence.of(REPORT, "despite the Minister's assurance"));
        add(out, MLA, new Step.Annotate(Optional.empty(), "The General Prosecutor's Office favoured sending all seized material, "
                        + "privileged files included; the seed report recommends refusing to transmit the seized materials."),
                OVERSIGHT, LocalDate.of(2024, 9, 23), "the prosecution's position on the seized material (known by 23 September 2024)",
                Evidence.of("decision-be-general-prosecutor-position-mla", "favoured sending all seized material"));
    }

    private static void kazakhExtradition(List<Replayed> out, BiFunction<RecordId, LocalDate, ScreeningReference> screen) {
        LocalDate received = LocalDate.of(2018, 4, 24);
        add(out, KZ_EXTRADITION, new Step.RelyOnScreening(screen.apply(KZ_EXTRADITION, received)), AUTHORITY, received,
                "replay: the screening as it reads with what was known on the day the request arrived",
                Evidence.of("request-kz-be-extradition-2018-04-24", "extradition request of 24 April 2018"));
        add(out, KZ_EXTRADITION, new Step.AssignHolder("central authority, extradition desk", Optional.empty()), AUTHORITY, received,
                "extradition requests are decided by the central authority; no decision has been taken or notified",
                Evidence.of("decision-be-no-decision-kazakh-extradition", "no decision taken or notified"));
    }

    private static void ukrainianExtradition(List<Replayed> out, BiFunction<RecordId, LocalDate, ScreeningReference> screen) {
        LocalDate received = LocalDate.of(2016, 11, 3);
        add(out, UA_EXTRADITION, new Step.RelyOnScreening(screen.apply(UA_EXTRADITION, received)), AUTHORITY, received,
                "replay: the screening as it reads with what was known on the day the request arrived",
                Evidence.of("request-ua-be-extradition-2016-11-03", "extradition request of 3 November 2016"));
        add(out, UA_EXTRADITION, new Step.AssignHolder("central authority, extradition desk", Optional.empty()), AUTHORITY, received,
                "extradition requests are decided by the central authority",
                Evidence.of("decision-be-no-decision-ukrainian-extradition", "no decision taken or notified"));
        LocalDate asked = LocalDate.of(2016, 12, 23);
        add(out, UA_EXTRADITION, new Step.DecideAdmission(Admission.RETURNED_FOR_CLARIFICATION, List.of(), Optional.empty(), Optional.empty()),
                AUTHORITY, asked, "the ministry asked Ukraine to clarify the vague facts and offences",
                Evidence.of("decision-be-asks-ukraine-to-clarify-2016-12-23", "asked Ukraine to clarify"));
        add(out, UA_EXTRADITION, new Step.SetDueDate(Step.SetDueDate.DueKind.CLARIFICATION_ASKED, asked, Optional.of("clarification asked of Ukraine")),
                AUTHORITY, asked, "the clarification asked", Evidence.of("decision-be-asks-ukraine-to-clarify-2016-12-23", "23 December 2016"));
        for (LocalDate reminder : List.of(LocalDate.of(2020, 9, 2), LocalDate.of(2021, 8, 28), LocalDate.of(2022, 5, 27))) {
            add(out, UA_EXTRADITION, new Step.SetDueDate(Step.SetDueDate.DueKind.REMINDER_RECEIVED, reminder, Optional.of("reminder from Ukraine")),
                    AUTHORITY, reminder, "a reminder of the extradition request",
                    Evidence.of("incident-ua-reminders-2020-2022", "reminders of 2 September 2020, 28 August 2021 and 27 May 2022"));
        }
    }

    private static void add(List<Replayed> out, RecordId request, Step step, Actor actor, LocalDate on, String reason, Evidence... sources) {
        out.add(new Replayed(request, new Attempt(step, actor, Optional.of(on), reason, List.of(sources))));
    }

}
