package org.tutela.core.screening.flags;

import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.DateWording;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.HeldAtRequest;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;

/**
 * What the flags read from a request and the registry that is not yet a question of
 * {@link RequestContext}: the target-by-target evaluation, a person's political profile and protected
 * activity, the charges of the case. Shared here so that every flag reads them the same way.
 */
public final class Readings {

    /** Words for what a record leaves out, put into words by the facts bundle. */
    public static final Message.Code NOT_RECORDED = new Message.Code("NOT_RECORDED");
    public static final Message.Code UNNAMED_BODY = new Message.Code("UNNAMED_BODY");

    private Readings() {
    }

    /**
     * A fact drawn from a decision, worded by {@code key}, or by {@code key.reasoned} with the decision's
     * recorded reasoning as the last argument when it has one.
     */
    public static Fact decisionFact(RequestContext c, Decision d, String key, Object... args) {
        if (d.reasoning().isEmpty()) {
            return c.fact(d, key, args);
        }
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = d.reasoning().get();
        return c.fact(d, key + ".reasoned", all);
    }

    /**
     * A breach recorded in an earlier request's file, in words: the breached condition (with the deciding
     * desk's own terms when it gave them) or the hold a disclosure went through, by whom, on which day.
     */
    public static Fact breachFact(RequestContext c, org.tutela.core.requests.BreachFact b) {
        Object request = labelOf(c, b.request());
        if (b.what() instanceof org.tutela.core.requests.BreachFact.ConditionBreached k) {
            return k.text().isPresent()
                    ? c.earlier().fact(b, "fact.breach.condition.described", b.state(), k.condition(), k.text().get(), b.on(), request, b.entry())
                    : c.earlier().fact(b, "fact.breach.condition", b.state(), k.condition(), b.on(), request, b.entry());
        }
        org.tutela.core.requests.BreachFact.DisclosureInBreach d = (org.tutela.core.requests.BreachFact.DisclosureInBreach) b.what();
        return d.holds().isEmpty() ? c.earlier().fact(b, "fact.breach.without-decision", d.item(), b.on(), request, b.entry())
                : c.earlier().fact(b, d.withoutDecision() ? "fact.breach.under-hold.without-decision" : "fact.breach.under-hold",
                        d.item(), b.on(), d.holds(), request, b.entry());
    }

    /** Charges of the request or its case recorded as punishing a protected activity in itself (flags 8 and 13). */
    public static List<Fact> punishesActivity(RequestContext c) {
        List<Fact> facts = new ArrayList<>();
        for (Charge ch : allCharges(c)) {
            ch.punishes().ifPresent(a -> facts.add(c.requestFact("fact.punishes-activity", ch.description(), a)));
        }
        return facts;
    }

    /** A decision's date, or the words for a date not recorded. */
    public static Object dateOf(org.tutela.core.registry.RegistryRecord r) {
        return r.eventDate().<Object>map(d -> d).orElse(NOT_RECORDED);
    }

    /** The body that decided, or the words for a body not named. */
    public static Object bodyOf(RequestContext c, Decision d) {
        return d.body().<Object>map(b -> labelOf(c, b)).orElse(UNNAMED_BODY);
    }

    /** States as a list in words: "Kazakhstan (KZ), Belgium (BE)", or the words for none recorded. */
    public static Object statesInWords(java.util.Collection<Country> states) {
        return states.isEmpty() ? NOT_RECORDED : Message.states(states);
    }


    /** Profiles that expose a person to prosecution on account of political opinion or religion. */
    public static final Set<Person.Role> POLITICAL_ROLES = EnumSet.of(Person.Role.OPPOSITION_MEMBER, Person.Role.OPPOSITION_LEADER,
            Person.Role.JOURNALIST, Person.Role.HUMAN_RIGHTS_DEFENDER, Person.Role.ACTIVIST, Person.Role.WHISTLEBLOWER,
            Person.Role.RELIGIOUS_MINORITY_MEMBER, Person.Role.CRITIC, Person.Role.BLOGGER, Person.Role.PROTESTER,
            Person.Role.RELIGIOUS_LEADER, Person.Role.MINORITY_COMMUNITY_LEADER, Person.Role.RELATIVE_OF_ACTIVIST);

    public static final Set<Measure.Kind> INTRUSIVE_ON_PRIVILEGE = EnumSet.of(Measure.Kind.SEARCH_HOME,
            Measure.Kind.SEARCH_OFFICE, Measure.Kind.SEIZE_DEVICES, Measure.Kind.SEIZE_DOCUMENTS, Measure.Kind.TELECOM_DATA);

    /** Offences with an injured party whose identity decides flag 7. */
    public static final Set<Charge.Category> WITH_INJURED_PARTY = EnumSet.of(Charge.Category.EMBEZZLEMENT,
            Charge.Category.MONEY_LAUNDERING, Charge.Category.FRAUD, Charge.Category.ABUSE_OF_OFFICE, Charge.Category.CORRUPTION);

    public static final Set<Incident.Tactic> CASE_MOVES = EnumSet.of(Incident.Tactic.NATIONAL_WANTED_LIST,
            Incident.Tactic.RED_NOTICE_OR_DIFFUSION, Incident.Tactic.EXTRADITION_REQUEST, Incident.Tactic.MLA_REQUEST,
            Incident.Tactic.COMPLAINT_BY_PROXY);

    public static final Pattern ASYLUM_WORDS = Pattern.compile(
            "(?iuU)\\b(asylum|refugee|réfugié|asile|flüchtling|vluchteling|asiel|беженц|беженец|убежищ|CGRS|CGRA|CGVS|BAMF|OFPRA)");











    /**
     * The facts that give a person a political profile (flag 8, and flag 13's "person with a political profile"),
     * read at the request's time: a role that surely began after the request, or surely ended before it, does not
     * count; a role that possibly covers it counts with the caveat that says so and asks when it began or ended.
     */
    public static List<Fact> profile(RequestContext c, Person p) {
        List<Fact> facts = new ArrayList<>();
        politicalRoles(c, p, facts);
        for (ProtectionStatus s : statuses(c, p)) {
            if ((s.type() == ProtectionStatus.Type.LAWYER_AT_RISK || s.type() == ProtectionStatus.Type.HUMAN_RIGHTS_DEFENDER_AT_RISK)
                    && s.activeOn(c.asOf())) {
                facts.add(c.fact(s, "fact.designated", p.label(), s.type(), s.grantingBody().<Object>map(b -> labelOf(c, b))
                        .orElse(s.grantingState())));
            }
        }
        if (c.time().roles(p).holds(Person.Role.LAWYER) || !c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT).isEmpty()) {
            for (Relationship r : c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT)) {
                if (!r.from().equals(p.id()) || !c.time().mayPrecede(r)) {
                    continue;
                }
                c.registry().get(r.to(), Person.class).ifPresent(client -> {
                    List<Fact> clientFacts = new ArrayList<>();
                    politicalRoles(c, client, clientFacts);
                    if (!clientFacts.isEmpty()) {
                        facts.add(c.fact(r, "fact.lawyer-of", p.label(), client.label()));
                        facts.addAll(clientFacts);
                    }
                });
            }
        }
        return facts;
    }

    /** The political roles {@code p} held at the request's time, as a fact, and the caveats of those only possibly held. */
    private static void politicalRoles(RequestContext c, Person p, List<Fact> facts) {
        HeldAtRequest<Person.Role> roles = c.time().roles(p);
        Set<Person.Role> political = EnumSet.noneOf(Person.Role.class);
        roles.values().stream().filter(POLITICAL_ROLES::contains).forEach(political::add);
        if (!political.isEmpty()) {
            facts.add(c.fact(p, "fact.profile", p.label(), List.copyOf(political)));
            // the dates the sources give a role surely held then are said beside it ("since 2011"); a role only
            // possibly held then has its dates in its caveat
            p.roles().stream().filter(h -> h.dated() && roles.surely().contains(h.value()) && POLITICAL_ROLES.contains(h.value())
                    && h.surelyHeldOn(c.time().date())).forEach(h -> facts.add(datedRole(p, h)));
            facts.addAll(roles.caveatsFor(political));
        }
    }

    /** A role with the time the sources give it: "X is recorded as a human rights defender since 2011", cited to them. */
    private static Fact datedRole(Person p, org.tutela.core.registry.Held<Person.Role> h) {
        Message role = Message.of("held.role", h.value());
        Message words = h.until().isEmpty()
                ? Message.of("fact.profile.since", p.label(), role, Message.since(h.from().orElseThrow()))
                : Message.of("fact.profile.period", p.label(), role, h.from().<Object>map(d -> d).orElse(NOT_RECORDED), h.until().get());
        List<org.tutela.core.registry.Citation> citations = new ArrayList<>(p.provenance().citations());
        h.source().filter(x -> !citations.contains(x)).ifPresent(citations::add);
        return Fact.of(p.id(), words, citations, h.from());
    }

    /** True when {@code p} was surely or possibly a lawyer at the request's time (see {@link #lawyerCaveats}). */
    public static boolean isLawyer(RequestContext c, Person p) {
        return c.time().roles(p).holds(Person.Role.LAWYER)
                || c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT).stream().anyMatch(r -> r.from().equals(p.id()))
                || statuses(c, p).stream().anyMatch(s -> s.type() == ProtectionStatus.Type.LAWYER_AT_RISK);
    }

    /** When {@code p} is a lawyer only by a role possibly held at the request's time, the caveats that say so. */
    public static List<Fact> lawyerCaveats(RequestContext c, Person p) {
        boolean otherwise = c.time().roles(p).surely().contains(Person.Role.LAWYER)
                || c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT).stream().anyMatch(r -> r.from().equals(p.id()))
                || statuses(c, p).stream().anyMatch(s -> s.type() == ProtectionStatus.Type.LAWYER_AT_RISK);
        return otherwise ? List.of() : c.time().roles(p).caveatsFor(List.of(Person.Role.LAWYER));
    }

    /**
     * Protected activity with a start date, as the registry records it: taking on a client
     * (LAWYER_CLIENT from the lawyer, its validFrom), joining or working for a party, NGO, media outlet
     * or bar (MEMBERSHIP or EMPLOYMENT with its validFrom).
     */
    public static List<Fact> protectedActivities(RequestContext c, Person p) {
        List<Fact> facts = new ArrayList<>();
        for (Relationship r : c.registry().referencing(p.id(), Relationship.class)) {
            if (!r.from().equals(p.id()) || r.provenance().validFrom().isEmpty()) {
                continue;
            }
            ApproximateDate from = r.provenance().validFrom().get();
            if (r.type() == Relationship.Type.LAWYER_CLIENT) {
                facts.add(Fact.of(r.id(), Message.of("fact.activity.client", p.label(), labelOf(c, r.to()), from),
                        r.provenance().citations(), Optional.of(from)));
            } else if (r.type() == Relationship.Type.MEMBERSHIP || r.type() == Relationship.Type.EMPLOYMENT) {
                c.registry().get(r.to(), Organisation.class).filter(o -> switch (o.type()) {
                    case POLITICAL_PARTY, NGO, MEDIA, BAR_ASSOCIATION -> true;
                    default -> false;
                }).ifPresent(o -> facts.add(Fact.of(r.id(), Message.of("fact.activity.joined", p.label(), o.name(), o.type(), from),
                        r.provenance().citations(), Optional.of(from))));
            }
        }
        return facts;
    }


    /**
     * Evaluates a test on each identified target. Fires if it finds facts on any; otherwise cannot say
     * while a named target is unidentified; otherwise does not fire, for the reason given.
     */
    public static Outcome perTarget(RequestContext c, Rule.Wording w, String askKey,
                                     java.util.function.BiConsumer<Person, List<Fact>> test,
                                     java.util.function.Supplier<Message> notFired) {
        return perTarget(c, w, askKey, test, notFired, List.of());
    }

    /** As above; {@code notes}, filled by the test, are said after the reason a flag did not fire. */
    public static Outcome perTarget(RequestContext c, Rule.Wording w, String askKey,
                                     java.util.function.BiConsumer<Person, List<Fact>> test,
                                     java.util.function.Supplier<Message> notFired, List<Message> notes) {
        if (!c.namesTargets()) {
            return new NotEvaluable(Message.of("missing.no-target"), List.of(w.ask(askKey)));
        }
        List<Fact> facts = new ArrayList<>();
        for (Person p : c.targets()) {
            test.accept(p, facts);
        }
        if (!facts.isEmpty()) {
            return new Fired(facts.stream().distinct().toList());
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable(Message.of("missing.identity", c.unidentifiedNames()), List.of(w.ask(askKey)));
        }
        return new NotFired(notFired.get(), notes);
    }

    public static List<ProtectionStatus> statuses(RequestContext c, Person p) {
        return c.registry().referencing(p.id(), ProtectionStatus.class).stream().filter(s -> s.person().equals(p.id())).toList();
    }

    public static boolean isNotice(RequestContext c, RecordId id) {
        return c.registry().get(id, CooperationRequest.class).filter(r -> r.type() == CooperationRequest.Type.RED_NOTICE
                || r.type() == CooperationRequest.Type.DIFFUSION).isPresent();
    }

    public static List<Charge> allCharges(RequestContext c) {
        List<Charge> charges = new ArrayList<>(c.request().offences());
        c.requestCase().proceedings().forEach(p -> charges.addAll(p.charges()));
        return charges;
    }

    /** A record as a report names it, in the reader's words ({@link #label}); an id the view lacks as it is. */
    public static Object labelOf(RequestContext c, RecordId id) {
        return c.registry().get(id).<Object>map(Readings::label).orElse(id.value());
    }

    /** Several records named one after the other ("X, Y"), each as {@link #labelOf} names it. */
    public static Object labelsOf(RequestContext c, java.util.Collection<RecordId> ids) {
        Object all = null;
        for (RecordId id : ids) {
            Object one = labelOf(c, id);
            all = all == null ? one : Message.of("label.and", all, one);
        }
        return all == null ? NOT_RECORDED : all;
    }

    /**
     * A record as a fact names it: a request, a decision, a status or an incident by its kind, states and date in the
     * reader's words (keys {@code label.*} of the facts bundle); any other record by its label, which is data (a name,
     * a case number).
     */
    public static Object label(org.tutela.core.registry.RegistryRecord r) {
        if (r instanceof CooperationRequest q) {
            return dated(Message.of("label.request." + q.type().name(), q.requestingState().code(), addressee(q)), q.date());
        }
        if (r instanceof Decision d) {
            return d.date().<Object>map(x -> Message.of("label.dated", d.outcome(), x)).orElse(d.outcome());
        }
        if (r instanceof ProtectionStatus s) {
            return s.persecutingState().map(x -> Message.of("label.status.from", s.type(), s.grantingState().code(), x.code()))
                    .orElseGet(() -> Message.of("label.status", s.type(), s.grantingState().code()));
        }
        if (r instanceof Incident i) {
            return dated(Message.of("label.incident", i.tactic(), i.perpetratorState().code()), i.date());
        }
        return r.label();
    }

    /** A record as {@link #label} names it, worded in {@code locale}; a label that is data (a name, a case number) as it is. */
    public static String labelIn(org.tutela.core.registry.RegistryRecord r, java.util.Locale locale) {
        Object label = label(r);
        return label instanceof Message m ? org.tutela.core.screening.FactWording.render(m, locale, m.key()) : String.valueOf(label);
    }

    private static Message dated(Message what, Optional<ApproximateDate> date) {
        return date.map(d -> Message.of("label.dated", what, d)).orElse(what);
    }

    /** Where a request goes: "BE", "all INTERPOL members (held by BE)", "BE, via …", "BE and NL". */
    private static Object addressee(CooperationRequest q) {
        String held = q.requestedState().code();
        return q.addressee().<Object>map(a -> switch (a.reach()) {
            case ALL_INTERPOL_MEMBERS -> Message.of("label.addressee.interpol", held);
            case REGIONAL_BODY -> Message.of("label.addressee.regional", held, a.body().orElseThrow());
            case SEVERAL_STATES -> Message.of("label.addressee.several", held, a.states().stream()
                    .filter(x -> !x.equals(q.requestedState())).map(Country::code).collect(Collectors.joining(", ")));
        }).orElse(held);
    }

}
