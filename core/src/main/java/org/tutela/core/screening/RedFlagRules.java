package org.tutela.core.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.testimony.SimilarStatements;
import org.tutela.core.screening.testimony.TestimonyComparison;
import org.tutela.core.screening.testimony.TextCheck;

/**
 * The logic of the sixteen red flags of the domain description, all listed in {@link #ALL}. Each rule
 * reads the request and the registry as of the screening date through {@link RequestContext} and
 * follows the flag's legal grounds, never a particular case. A rule fires only on recorded facts; where
 * the registry is silent on something it needs, it says so rather than guessing "no".
 */
public final class RedFlagRules {

    /** The rule pack's logic, in flag order: the one place where the rules are listed. */
    public static final List<Rule> ALL = List.of(
            new Rule("TNR-01", RedFlagRules::refugeeFromRequestingState),
            new Rule("TNR-02", RedFlagRules::asylumFileRequested),
            new Rule("TNR-03", RedFlagRules::tortureOrArbitraryDetentionInCase),
            new Rule("TNR-04", RedFlagRules::coercionByProxy),
            new Rule("TNR-05", RedFlagRules::cooperationRefusedElsewhere),
            new Rule("TNR-06", RedFlagRules::proxyRequest),
            new Rule("TNR-07", RedFlagRules::stateControlledOrPrivateVictim),
            new Rule("TNR-08", RedFlagRules::targetProfile),
            new Rule("TNR-09", RedFlagRules::privilegedMaterial),
            new Rule("TNR-10", RedFlagRules::fishingExpedition),
            new Rule("TNR-11", RedFlagRules::foreignOfficialsTakePart),
            new Rule("TNR-12", RedFlagRules::informalChannelOrPressure),
            new Rule("TNR-13", RedFlagRules::pretextCharges),
            new Rule("TNR-14", RedFlagRules::suspectEvidence),
            new Rule("TNR-15", RedFlagRules::requestingStateRecord),
            new Rule("TNR-16", RedFlagRules::timingAfterProtectedActivity));

    /** Profiles that expose a person to prosecution on account of political opinion or religion. */
    static final Set<Person.Role> POLITICAL_ROLES = EnumSet.of(Person.Role.OPPOSITION_MEMBER, Person.Role.OPPOSITION_LEADER,
            Person.Role.JOURNALIST, Person.Role.HUMAN_RIGHTS_DEFENDER, Person.Role.ACTIVIST, Person.Role.WHISTLEBLOWER,
            Person.Role.RELIGIOUS_MINORITY_MEMBER);

    private static final Set<Measure.Kind> INTRUSIVE_ON_PRIVILEGE = EnumSet.of(Measure.Kind.SEARCH_HOME,
            Measure.Kind.SEARCH_OFFICE, Measure.Kind.SEIZE_DEVICES, Measure.Kind.SEIZE_DOCUMENTS, Measure.Kind.TELECOM_DATA);

    /** Offences with an injured party whose identity decides flag 7. */
    private static final Set<Charge.Category> WITH_INJURED_PARTY = EnumSet.of(Charge.Category.EMBEZZLEMENT,
            Charge.Category.MONEY_LAUNDERING, Charge.Category.FRAUD, Charge.Category.ABUSE_OF_OFFICE, Charge.Category.CORRUPTION);

    private static final Set<Incident.Tactic> CASE_MOVES = EnumSet.of(Incident.Tactic.NATIONAL_WANTED_LIST,
            Incident.Tactic.RED_NOTICE_OR_DIFFUSION, Incident.Tactic.EXTRADITION_REQUEST, Incident.Tactic.MLA_REQUEST,
            Incident.Tactic.COMPLAINT_BY_PROXY);

    private static final Pattern ASYLUM_WORDS = Pattern.compile(
            "(?iuU)\\b(asylum|refugee|réfugié|asile|flüchtling|vluchteling|asiel|беженц|беженец|убежищ|CGRS|CGRA|CGVS|BAMF|OFPRA)");

    private static final Pattern IN_ABSENTIA = Pattern.compile("(?iu)(in absentia|par contumace|par défaut|заочн)");

    private RedFlagRules() {
    }

    // 1. The target is a recognised refugee or asylum seeker from the requesting state, or the state behind it.
    static Outcome refugeeFromRequestingState(RequestContext c, Rule.Wording w) {
        Map<Country, Fact> behind = c.statesBehind();
        List<String> notes = new ArrayList<>();
        return perTarget(c, w, "status", (p, facts) -> {
            for (ProtectionStatus s : statuses(c, p)) {
                if (!s.type().isAsylum()) {
                    continue;
                }
                Country from = s.persecutingState().orElseThrow();
                if (!s.activeOn(c.asOf())) {
                    notes.add(p.label() + "'s " + s.type() + " status against " + from + " had ended by " + c.asOf());
                } else if (behind.containsKey(from)) {
                    facts.add(c.from(s, p.label() + " holds " + s.type() + " status granted by "
                            + RequestContext.name(s.grantingState()) + " against persecution by " + RequestContext.name(from)
                            + s.granted().map(d -> ", since " + d).orElse("")));
                    facts.add(behind.get(from));
                } else {
                    notes.add(p.label() + " holds " + s.type() + " status against " + RequestContext.name(from)
                            + ", which is neither the requesting state nor a state behind the request");
                }
            }
        }, () -> "no target holds an active refugee, asylum-seeker or subsidiary protection status against "
                + states(behind.keySet()) + " in the registry as of " + c.asOf() + suffix(notes));
    }

    // 2. The request asks for the refugee or asylum file, or data that reveals the asylum claim.
    static Outcome asylumFileRequested(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        boolean immigrationFile = false;
        for (Measure m : c.request().measures()) {
            if (m.kind() == Measure.Kind.REFUGEE_FILE) {
                facts.add(c.fromRequest("the request asks for the refugee or asylum file" + m.description().map(d -> ": " + d).orElse("")));
            } else if (m.description().filter(d -> ASYLUM_WORDS.matcher(d).find()).isPresent()) {
                facts.add(c.fromRequest("the request asks for " + m.kind() + ", described as: " + m.description().get()));
            } else if (m.kind() == Measure.Kind.IMMIGRATION_FILE) {
                immigrationFile = true;
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!immigrationFile) {
            return new NotFired("the request asks for no refugee, asylum or immigration file");
        }
        return perTarget(c, w, "asylum", (p, found) -> {
            for (ProtectionStatus s : statuses(c, p)) {
                if (s.type().isAsylum()) {
                    found.add(c.fromRequest("the request asks for the immigration file of " + p.label()));
                    found.add(c.from(s, "the file would reveal " + p.label() + "'s " + s.type() + " status granted by "
                            + RequestContext.name(s.grantingState())));
                    return;
                }
            }
        }, () -> "the request asks for an immigration file, but no target has an asylum-type status in the registry");
    }

    // 3. The same case has produced torture or arbitrary detention of co-accused or relatives.
    static Outcome tortureOrArbitraryDetentionInCase(RequestContext c, Rule.Wording w) {
        List<Proceeding> proceedings = c.proceedings();
        if (proceedings.isEmpty()) {
            // a case the registry does not hold has no recorded findings; a request that cites no case cannot be checked at all
            return c.citesCase() ? new NotFired("the case the request cites (" + c.citedCase() + ") is not in the registry as of "
                    + c.asOf() + ", so no finding about it is recorded")
                    : new NotEvaluable("the request cites no case number, so findings made in its case cannot be looked up",
                    List.of(w.ask("case")));
        }
        Set<RecordId> subjects = new LinkedHashSet<>(c.caseIds());
        proceedings.forEach(p -> subjects.addAll(p.accused()));
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> seen = new LinkedHashSet<>();
        for (RecordId subject : subjects) {
            for (Decision d : c.registry().referencing(subject, Decision.class)) {
                boolean aboutCase = subjects.contains(d.subject());
                boolean grave = d.grounds().contains(Decision.Ground.TORTURE) || d.grounds().contains(Decision.Ground.ARBITRARY_DETENTION);
                if (aboutCase && grave && d.outcome() == Decision.Outcome.FINDING && seen.add(d.id())) {
                    String whom = d.concerning().isEmpty() ? labelOf(c, d.subject())
                            : d.concerning().stream().map(id -> labelOf(c, id)).collect(Collectors.joining(", "));
                    String where = proceedings.stream()
                            .filter(p -> p.id().equals(d.subject()) || p.accused().contains(d.subject())
                                    || d.concerning().stream().anyMatch(p.accused()::contains))
                            .map(Proceeding::label).findFirst().orElse(labelOf(c, d.subject()));
                    facts.add(c.from(d, "finding of " + grounds(d, EnumSet.of(Decision.Ground.TORTURE, Decision.Ground.ARBITRARY_DETENTION))
                            + d.body().map(b -> " by " + labelOf(c, b)).orElse("") + " concerning " + whom
                            + " in " + where + d.reasoning().map(r -> ": " + r).orElse("")));
                }
            }
        }
        return facts.isEmpty() ? new NotFired("no finding of torture or arbitrary detention recorded in " + c.caseLabels()
                + " as of " + c.asOf()) : new Fired(facts);
    }

    // 4. Coercion by proxy: a relative detained or prosecuted in the same or a related case.
    static Outcome coercionByProxy(RequestContext c, Rule.Wording w) {
        Set<Country> behind = c.statesBehind().keySet();
        List<String> notes = new ArrayList<>();
        Outcome outcome = perTarget(c, w, "relatives", (p, facts) -> {
            Map<Person, Relationship> relatives = c.relatives(p.id());
            if (relatives.isEmpty()) {
                notes.add("no relative of " + p.label() + " is recorded");
            }
            relatives.forEach((relative, tie) -> {
                Fact kinship = c.from(tie, relative.label() + " is a relative of " + p.label() + tie.detail().map(d -> " (" + d + ")").orElse(""));
                boolean found = false;
                for (Proceeding proceeding : c.proceedings()) {
                    if (proceeding.accused().contains(relative.id())) {
                        facts.add(c.from(proceeding, relative.label() + " is accused in " + proceeding.label()));
                        found = true;
                    }
                }
                for (Incident i : c.registry().referencing(relative.id(), Incident.class)) {
                    if (i.tactic() == Incident.Tactic.COERCION_BY_PROXY && i.targets().contains(relative.id())
                            && (c.concernsCase(i) || behind.contains(i.perpetratorState()) && i.targets().contains(p.id()))) {
                        facts.add(c.from(i, "coercion by proxy by " + RequestContext.name(i.perpetratorState())
                                + i.eventDate().map(d -> " on " + d).orElse("") + ": " + i.summary()));
                        found = true;
                    }
                }
                if (found) {
                    facts.add(kinship);
                }
            });
        }, () -> "no relative of a target is recorded as accused in " + (c.proceedings().isEmpty() ? "the case" : c.caseLabels())
                + " or as targeted by coercion by proxy linked to it" + suffix(notes));
        if (outcome instanceof NotFired && c.proceedings().isEmpty() && !c.citesCase()) {
            return new NotEvaluable("the request cites no case number, so it is unknown whether relatives "
                    + "of the target are accused or detained in its case", List.of(w.ask("case")));
        }
        return outcome;
    }

    // 5. Another jurisdiction refused or annulled cooperation, or INTERPOL deleted a notice, on political grounds.
    static Outcome cooperationRefusedElsewhere(RequestContext c, Rule.Wording w) {
        if (c.proceedings().isEmpty() && c.targets().isEmpty()) {
            return new NotEvaluable("neither the request's case nor its target is identified in the registry",
                    List.of(w.ask("refusals")));
        }
        Set<RecordId> about = new LinkedHashSet<>(c.caseIds());
        for (Person p : c.targets()) {
            about.add(p.id());
            c.registry().referencing(p.id(), CooperationRequest.class).forEach(r -> about.add(r.id()));
        }
        about.remove(c.request().id());
        List<Fact> facts = new ArrayList<>();
        Set<RecordId> seen = new LinkedHashSet<>();
        Set<RecordId> targets = c.targets().stream().map(Person::id).collect(Collectors.toSet());
        for (RecordId id : about) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                boolean concerns = about.contains(d.subject()) || d.concerning().stream().anyMatch(targets::contains);
                boolean political = d.grounds().stream().anyMatch(Decision.Ground::political);
                if (concerns && political && d.outcome().isRefusal() && !d.subject().equals(c.request().id()) && seen.add(d.id())) {
                    facts.add(c.from(d, d.outcome() + d.eventDate().map(x -> " on " + x).orElse("")
                            + d.body().map(b -> " by " + labelOf(c, b)).orElse("") + d.state().map(s -> " (" + s + ")").orElse("")
                            + " of " + labelOf(c, d.subject()) + ", on grounds of "
                            + d.grounds().stream().filter(Decision.Ground::political).map(Enum::name).collect(Collectors.joining(", "))
                            + d.reasoning().map(r -> ": " + r).orElse("")));
                }
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable("the identity of " + c.unidentifiedNames() + " is not confirmed, so refusals concerning "
                    + "the person cannot be looked up", List.of(w.ask("refusals")));
        }
        return new NotFired("no refusal, annulment or notice deletion on political or human-rights grounds is recorded for "
                + (c.proceedings().isEmpty() ? "the target" : c.caseLabels() + " or the target") + " as of " + c.asOf());
    }

    // 6. Proxy request: the case originates elsewhere, the requesting state acts for another, or has no link.
    static Outcome proxyRequest(RequestContext c, Rule.Wording w) {
        Country requesting = c.request().requestingState();
        List<Fact> facts = new ArrayList<>();
        c.request().onBehalfOf().filter(s -> !s.equals(requesting))
                .ifPresent(s -> facts.add(c.statesBehind().get(s)));
        c.statesBehind().forEach((state, fact) -> {
            if (!state.equals(requesting) && !facts.contains(fact)) {
                facts.add(fact);
            }
        });
        // No link alone is common in cross-border crime (the acts may have been committed there); it counts
        // when another state is recorded acting against the person abroad. A refugee status alone does not
        // count: it shows the person fled, not that the persecutor pursues them through this request.
        List<Person> linkUnknown = new ArrayList<>();
        for (Person p : c.targets()) {
            Map<Country, Fact> pursuers = new LinkedHashMap<>();
            for (Incident i : c.registry().referencing(p.id(), Incident.class)) {
                if (!i.perpetratorState().equals(requesting) && i.targets().contains(p.id())) {
                    pursuers.putIfAbsent(i.perpetratorState(), c.from(i, RequestContext.name(i.perpetratorState())
                            + " is recorded acting against " + p.label() + ": " + i.tactic() + i.eventDate().map(d -> " (" + d + ")").orElse("")));
                }
            }
            if (pursuers.isEmpty()) {
                continue;
            }
            boolean linkKnown = !p.nationalities().isEmpty() || !p.residences().isEmpty();
            boolean linked = p.nationalities().contains(requesting) || p.residences().contains(requesting);
            if (!linkKnown) {
                linkUnknown.add(p);
            } else if (!linked) {
                facts.add(c.from(p, p.label() + " has no recorded nationality or residence in " + RequestContext.name(requesting)
                        + " (nationalities " + p.nationalities() + ", residences " + p.residences() + ")"));
                facts.addAll(pursuers.values());
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty() || !linkUnknown.isEmpty()) {
            String who = !c.unidentifiedTargets().isEmpty() ? c.unidentifiedNames()
                    : linkUnknown.stream().map(Person::label).collect(Collectors.joining(", "));
            return new NotEvaluable("the link of " + who + " to " + RequestContext.name(requesting) + " is unknown",
                    List.of(w.ask("link")));
        }
        return new NotFired("the request is made by " + RequestContext.name(requesting) + " in its own name, in "
                + (c.proceedings().isEmpty() ? "a case not in the registry" : "its own case") + ", and no other state's interest "
                + "in a target without ties to it is recorded");
    }

    // 7. The complainant is controlled by the requesting regime, or the dispute is private.
    static Outcome stateControlledOrPrivateVictim(RequestContext c, Rule.Wording w) {
        Set<Country> behind = c.statesBehind().keySet();
        List<Fact> facts = new ArrayList<>();
        for (Organisation o : c.complainantOrganisations()) {
            if (!o.type().isStateBody() && o.controllingState().filter(behind::contains).isPresent()) {
                facts.add(c.from(o, "the complainant " + o.name() + " (" + o.type() + ") is controlled by "
                        + RequestContext.name(o.controllingState().get())));
            }
        }
        for (RecordId id : c.caseIds()) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                if (d.grounds().contains(Decision.Ground.PRIVATE_DISPUTE) && c.caseIds().contains(d.subject())) {
                    facts.add(c.from(d, labelOf(c, d.subject()) + " was found to concern a private dispute"
                            + d.body().map(b -> " by " + labelOf(c, b)).orElse("") + d.eventDate().map(x -> " on " + x).orElse("")));
                }
            }
        }
        for (Proceeding p : c.proceedings()) {
            if (p.type() == Proceeding.Type.CIVIL) {
                facts.add(c.from(p, p.label() + ", behind a request for criminal cooperation, is a civil case"));
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        List<RecordId> unknown = c.complainantIds().stream().filter(id -> c.registry().get(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return new NotEvaluable("the complainant(s) " + unknown + " are not in the registry, so who controls them is unknown",
                    List.of(w.ask("injured-party")));
        }
        boolean needsVictim = allCharges(c).stream().anyMatch(ch -> WITH_INJURED_PARTY.contains(ch.category()));
        if (c.complainantIds().isEmpty() && needsVictim) {
            return new NotEvaluable("the request alleges an economic offence but names no injured party or complainant",
                    List.of(w.ask("injured-party")));
        }
        return new NotFired(c.complainantIds().isEmpty() ? "no complainant or injured party is named, and the offences alleged have none"
                : "no complainant is recorded as controlled by " + states(behind) + ", and no finding of a private dispute is recorded");
    }

    // 8. The target's profile: opposition, journalist, defender, or lawyer of regime opponents.
    static Outcome targetProfile(RequestContext c, Rule.Wording w) {
        List<String> notes = new ArrayList<>();
        return perTarget(c, w, "profile", (p, facts) -> {
            facts.addAll(profile(c, p));
            if (facts.isEmpty() && !p.roles().isEmpty()) {
                notes.add(p.label() + " is recorded as " + p.roles() + ", none of them a political profile of this flag");
            }
        }, () -> "no target has a recorded political, journalistic, human-rights or opposition-lawyer profile" + suffix(notes));
    }

    /** The facts that give a person a political profile (flag 8, and flag 13's "person with a political profile"). */
    static List<Fact> profile(RequestContext c, Person p) {
        List<Fact> facts = new ArrayList<>();
        Set<Person.Role> political = EnumSet.noneOf(Person.Role.class);
        p.roles().stream().filter(POLITICAL_ROLES::contains).forEach(political::add);
        if (!political.isEmpty()) {
            facts.add(c.from(p, p.label() + " is recorded as " + political.stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "))));
        }
        for (ProtectionStatus s : statuses(c, p)) {
            if ((s.type() == ProtectionStatus.Type.LAWYER_AT_RISK || s.type() == ProtectionStatus.Type.HUMAN_RIGHTS_DEFENDER_AT_RISK)
                    && s.activeOn(c.asOf())) {
                facts.add(c.from(s, p.label() + " is designated " + s.type() + " by " + s.grantingBody().map(b -> labelOf(c, b))
                        .orElse(RequestContext.name(s.grantingState()))));
            }
        }
        if (p.hasRole(Person.Role.LAWYER) || !c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT).isEmpty()) {
            for (Relationship r : c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT)) {
                if (!r.from().equals(p.id())) {
                    continue;
                }
                c.registry().get(r.to(), Person.class).ifPresent(client -> {
                    Set<Person.Role> roles = EnumSet.noneOf(Person.Role.class);
                    client.roles().stream().filter(POLITICAL_ROLES::contains).forEach(roles::add);
                    if (!roles.isEmpty()) {
                        facts.add(c.from(r, p.label() + " is the lawyer of " + client.label()));
                        facts.add(c.from(client, client.label() + " is recorded as " + roles));
                    }
                });
            }
        }
        return facts;
    }

    static boolean isLawyer(RequestContext c, Person p) {
        return p.hasRole(Person.Role.LAWYER)
                || c.relationships(p.id(), Relationship.Type.LAWYER_CLIENT).stream().anyMatch(r -> r.from().equals(p.id()))
                || statuses(c, p).stream().anyMatch(s -> s.type() == ProtectionStatus.Type.LAWYER_AT_RISK);
    }

    // 9. Privileged material at stake: search or seizure against a lawyer.
    static Outcome privilegedMaterial(RequestContext c, Rule.Wording w) {
        List<Measure> intrusive = c.request().measures().stream().filter(m -> INTRUSIVE_ON_PRIVILEGE.contains(m.kind())).toList();
        if (intrusive.isEmpty()) {
            return new NotFired("the request asks for no search, seizure or interception");
        }
        return perTarget(c, w, "lawyer", (p, facts) -> {
            if (isLawyer(c, p)) {
                facts.add(c.from(p, p.label() + " is a lawyer"));
                intrusive.forEach(m -> facts.add(c.fromRequest("the request asks for " + m.kind()
                        + m.description().map(d -> ": " + d).orElse(""))));
            }
        }, () -> "no target is recorded as a lawyer, so no professional privilege is known to be at stake");
    }

    // 10. Fishing expedition: open-ended measures, no precise offence or facts.
    static Outcome fishingExpedition(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        c.request().measures().stream().filter(m -> m.scope() == Measure.Scope.OPEN_ENDED)
                .forEach(m -> facts.add(c.fromRequest("open-ended measure " + m.kind() + m.description().map(d -> ": \"" + d + "\"").orElse(""))));
        if (c.request().offences().isEmpty()) {
            facts.add(c.fromRequest("the request names no offence"));
        }
        if (c.request().allegedFacts().isEmpty()) {
            facts.add(c.fromRequest("the request states no facts"));
        }
        long persons = c.request().persons().size();
        double many = w.parameter("max-targets");
        if (c.request().persons().stream().filter(p -> p.role() == CooperationRequest.NamedPerson.Role.TARGET).count() > many) {
            facts.add(c.fromRequest("the request is directed against " + persons + " persons at once"));
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        List<Measure> unspecified = c.request().measures().stream().filter(m -> m.scope() == Measure.Scope.UNSPECIFIED).toList();
        if (!unspecified.isEmpty()) {
            return new NotEvaluable("the scope of " + unspecified.stream().map(m -> m.kind().name()).collect(Collectors.joining(", "))
                    + " is not recorded", List.of(w.ask("scope")));
        }
        return new NotFired("every measure is specific and the request states its offences and facts");
    }

    // 11. Officials of the requesting state take part in the execution.
    static Outcome foreignOfficialsTakePart(RequestContext c, Rule.Wording w) {
        List<Fact> facts = c.request().measures().stream().filter(m -> m.kind() == Measure.Kind.FOREIGN_OFFICIALS_PRESENT)
                .map(m -> c.fromRequest("the request asks that officials of " + RequestContext.name(c.request().requestingState())
                        + " be present" + m.description().map(d -> ": " + d).orElse(""))).toList();
        return facts.isEmpty() ? new NotFired("the request does not ask for its officials to attend or to receive the file")
                : new Fired(facts);
    }

    // 12. Informal channel or pressure on the host state's officials.
    static Outcome informalChannelOrPressure(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        c.request().channel().filter(ch -> ch == CooperationRequest.Channel.INFORMAL)
                .ifPresent(ch -> facts.add(c.fromRequest("the request came through an informal channel")));
        Set<RecordId> targets = c.targets().stream().map(Person::id).collect(Collectors.toSet());
        Set<RecordId> seen = new LinkedHashSet<>();
        List<RecordId> anchors = new ArrayList<>(c.caseIds());
        anchors.addAll(targets);
        for (RecordId id : anchors) {
            for (Incident i : c.registry().referencing(id, Incident.class)) {
                if (i.tactic() != Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS || !seen.add(i.id())) {
                    continue;
                }
                // pressure about the same person on the same host's officials by a state behind this request
                boolean onThisHost = i.hostState().map(c.request().requestedState()::equals).orElse(true);
                boolean relevant = c.concernsCase(i) || onThisHost && c.statesBehind().containsKey(i.perpetratorState())
                        && i.targets().stream().anyMatch(targets::contains);
                if (relevant) {
                    facts.add(c.from(i, "pressure on officials of " + i.hostState().map(RequestContext::name).orElse("the host state")
                            + " by " + RequestContext.name(i.perpetratorState()) + i.eventDate().map(d -> " on " + d).orElse("") + ": " + i.summary()));
                }
            }
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        return new NotFired("no pressure on officials is recorded for this request or its targets"
                + (c.request().channel().isEmpty() ? "; the channel of the request is not recorded" : ", and it came through "
                + c.request().channel().get()));
    }

    // 13. Pretext charges: economic or extremism charges against a political profile, or a decade old.
    static Outcome pretextCharges(RequestContext c, Rule.Wording w) {
        List<Charge> pretexts = allCharges(c).stream().filter(ch -> ch.category().typicalPretext()).toList();
        if (pretexts.isEmpty()) {
            return new NotFired(allCharges(c).isEmpty() ? "no charge is stated" : "the charges ("
                    + allCharges(c).stream().map(ch -> ch.category().name()).distinct().collect(Collectors.joining(", "))
                    + ") are not of the kinds typically used as a pretext");
        }
        List<Fact> facts = new ArrayList<>();
        String kinds = pretexts.stream().map(ch -> ch.category().name()).distinct().collect(Collectors.joining(", "));
        long years = (long) w.parameter("old-years");
        Optional<LocalDate> requestDate = c.requestDate();
        for (Charge ch : pretexts) {
            Optional<LocalDate> last = ch.allegedTo().or(ch::allegedFrom);
            if (requestDate.isPresent() && last.isPresent() && ChronoUnit.YEARS.between(last.get(), requestDate.get()) >= years) {
                facts.add(c.fromRequest("the acts alleged (" + ch.description() + ") date from " + last.get() + ", "
                        + ChronoUnit.YEARS.between(last.get(), requestDate.get()) + " years before the request"));
            }
        }
        List<Fact> profiles = new ArrayList<>();
        c.targets().forEach(p -> profiles.addAll(profile(c, p)));
        facts.addAll(profiles);
        if (!facts.isEmpty()) {
            facts.add(0, c.fromRequest("charges of kinds typically used as a pretext: " + kinds));
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable("charges of " + kinds + " are alleged, but the profile of " + c.unidentifiedNames()
                    + " cannot be read (identity not confirmed)", List.of(w.ask("profile")));
        }
        return new NotFired("charges of " + kinds + " are alleged, but no target has a recorded political profile and the acts are less than "
                + years + " years old" + (pretexts.stream().allMatch(ch -> ch.allegedTo().or(ch::allegedFrom).isEmpty())
                ? " as far as the request states (no dates of the acts given)" : ""));
    }

    // 14. Suspect evidence: near-identical testimony across witnesses, convictions in absentia.
    static Outcome suspectEvidence(RequestContext c, Rule.Wording w) {
        List<Fact> facts = new ArrayList<>();
        for (RecordId id : c.caseIds()) {
            for (Decision d : c.registry().referencing(id, Decision.class)) {
                if (d.outcome() == Decision.Outcome.CONVICTED && d.reasoning().filter(r -> IN_ABSENTIA.matcher(r).find()).isPresent()) {
                    facts.add(c.from(d, "conviction in absentia" + d.eventDate().map(x -> " on " + x).orElse("") + " in " + labelOf(c, d.subject())));
                }
            }
        }
        List<Attachment> testimony = c.request().attachments().stream().filter(TestimonyComparison::isTestimony).toList();
        List<String> notText = new ArrayList<>();
        for (Attachment a : testimony) {
            TextCheck.problem(a.text()).ifPresent(problem -> notText.add("'" + a.name() + "' " + problem));
        }
        for (SimilarStatements s : c.similarStatements()) {
            facts.add(c.fromRequest(String.format(Locale.ROOT,
                    "statements '%s'%s and '%s'%s share %d words in %d passages (containment %.2f, Jaccard %.2f)",
                    s.first(), s.firstAuthor().map(a -> " by " + a).orElse(""), s.second(),
                    s.secondAuthor().map(a -> " by " + a).orElse(""), s.similarity().sharedWords(),
                    s.similarity().passages().size(), s.similarity().containment(), s.similarity().jaccard())));
        }
        if (!facts.isEmpty()) {
            return new Fired(facts);
        }
        if (!notText.isEmpty()) {
            return new NotEvaluable("attachments could not be read as text: " + String.join("; ", notText), List.of(w.ask("transcript")));
        }
        long readable = testimony.size();
        if (readable < 2) {
            return new NotEvaluable("fewer than two witness statements or interrogation records are attached, so their "
                    + "wording cannot be compared", List.of(w.ask("statements")));
        }
        return new NotFired(readable + " statements compared: no two by different witnesses share their wording; no conviction in absentia recorded");
    }

    // 15. The requesting state's documented record of transnational repression (context only).
    static Outcome requestingStateRecord(RequestContext c, Rule.Wording w) {
        Set<Country> states = new LinkedHashSet<>();
        states.add(c.request().requestingState());
        c.request().onBehalfOf().ifPresent(states::add);
        List<Incident> incidents = c.registry().withAnyKey(Incident.class, states.stream().map(RecordKey::perpetrator).toList()).stream()
                .filter(i -> states.contains(i.perpetratorState()))
                .sorted(Comparator.comparing((Incident i) -> i.eventDate().orElse(LocalDate.MIN)).reversed()).toList();
        if (incidents.isEmpty()) {
            return new NotFired("no incident of transnational repression by " + states(states) + " is recorded as of " + c.asOf());
        }
        int shown = (int) w.parameter("facts-shown");
        List<Fact> facts = new ArrayList<>();
        Map<Country, Long> counts = new LinkedHashMap<>();
        incidents.forEach(i -> counts.merge(i.perpetratorState(), 1L, Long::sum));
        facts.add(c.fromRequest("the registry records " + counts.entrySet().stream()
                .map(e -> e.getValue() + " incident(s) by " + RequestContext.name(e.getKey())).collect(Collectors.joining(" and "))
                + " as of " + c.asOf() + (incidents.size() > shown ? "; the " + shown + " latest follow" : "")));
        incidents.stream().limit(shown).forEach(i -> facts.add(c.from(i, i.tactic() + " by " + RequestContext.name(i.perpetratorState())
                + i.hostState().map(h -> " in " + h).orElse("") + i.eventDate().map(d -> " (" + d + ")").orElse("") + ": " + i.summary())));
        return new Fired(facts);
    }

    // 16. Timing: the request, or a listing in the same case, follows closely on protected activity.
    static Outcome timingAfterProtectedActivity(RequestContext c, Rule.Wording w) {
        long window = (long) w.parameter("window-days");
        Map<LocalDate, Fact> moves = new LinkedHashMap<>();
        c.requestDate().ifPresent(d -> moves.put(d, c.fromRequest("the request is dated " + d)));
        Set<RecordId> seen = new LinkedHashSet<>();
        for (RecordId id : c.caseIds()) {
            for (Incident i : c.registry().referencing(id, Incident.class)) {
                if (CASE_MOVES.contains(i.tactic()) && c.concernsCase(i) && i.eventDate().isPresent() && seen.add(i.id())) {
                    moves.putIfAbsent(i.eventDate().get(), c.from(i, i.tactic() + " in the same case on " + i.eventDate().get()));
                }
            }
        }
        if (moves.isEmpty()) {
            return new NotEvaluable("the date of the request is not recorded", List.of(w.ask("date")));
        }
        List<String> notes = new ArrayList<>();
        return perTarget(c, w, "activity", (p, facts) -> {
            List<Fact> activities = protectedActivities(c, p);
            if (activities.isEmpty()) {
                notes.add("no dated protected activity of " + p.label() + " is recorded");
            }
            for (Fact activity : activities) {
                LocalDate start = activity.date().orElseThrow();
                moves.forEach((when, move) -> {
                    long days = ChronoUnit.DAYS.between(start, when);
                    if (days >= 0 && days <= window) {
                        facts.add(activity);
                        facts.add(new Fact(move.record(), move.statement() + ", " + days + " days later", move.citations(), move.date()));
                    }
                });
            }
        }, () -> "nothing in the case follows within " + window + " days on a recorded protected activity of a target" + suffix(notes));
    }

    /**
     * Protected activity with a start date, as the registry records it: taking on a client
     * (LAWYER_CLIENT from the lawyer, its validFrom), joining or working for a party, NGO, media outlet
     * or bar (MEMBERSHIP or EMPLOYMENT with its validFrom).
     */
    static List<Fact> protectedActivities(RequestContext c, Person p) {
        List<Fact> facts = new ArrayList<>();
        for (Relationship r : c.registry().referencing(p.id(), Relationship.class)) {
            if (!r.from().equals(p.id()) || r.provenance().validFrom().isEmpty()) {
                continue;
            }
            LocalDate from = r.provenance().validFrom().get();
            if (r.type() == Relationship.Type.LAWYER_CLIENT) {
                facts.add(new Fact(r.id(), p.label() + " took on " + labelOf(c, r.to()) + " as a client on " + from,
                        r.provenance().citations(), Optional.of(from)));
            } else if (r.type() == Relationship.Type.MEMBERSHIP || r.type() == Relationship.Type.EMPLOYMENT) {
                c.registry().get(r.to(), Organisation.class).filter(o -> switch (o.type()) {
                    case POLITICAL_PARTY, NGO, MEDIA, BAR_ASSOCIATION -> true;
                    default -> false;
                }).ifPresent(o -> facts.add(new Fact(r.id(), p.label() + " joined " + o.name() + " (" + o.type() + ") on " + from,
                        r.provenance().citations(), Optional.of(from))));
            }
        }
        return facts;
    }

    // --- shared by the rules ---

    /**
     * Evaluates a test on each identified target. Fires if it finds facts on any; otherwise cannot say
     * while a named target is unidentified; otherwise does not fire, for the reason given.
     */
    private static Outcome perTarget(RequestContext c, Rule.Wording w, String askKey,
                                     java.util.function.BiConsumer<Person, List<Fact>> test,
                                     java.util.function.Supplier<String> notFired) {
        if (!c.namesTargets()) {
            return new NotEvaluable("the request names no person it is directed against", List.of(w.ask(askKey)));
        }
        List<Fact> facts = new ArrayList<>();
        for (Person p : c.targets()) {
            test.accept(p, facts);
        }
        if (!facts.isEmpty()) {
            return new Fired(facts.stream().distinct().toList());
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable("the identity of " + c.unidentifiedNames() + " is not confirmed in the registry, "
                    + "so what the registry knows of the person cannot be used", List.of(w.ask(askKey)));
        }
        return new NotFired(notFired.get());
    }

    private static List<ProtectionStatus> statuses(RequestContext c, Person p) {
        return c.registry().referencing(p.id(), ProtectionStatus.class).stream().filter(s -> s.person().equals(p.id())).toList();
    }

    private static List<Charge> allCharges(RequestContext c) {
        List<Charge> charges = new ArrayList<>(c.request().offences());
        c.proceedings().forEach(p -> charges.addAll(p.charges()));
        return charges;
    }

    private static String labelOf(RequestContext c, RecordId id) {
        return c.registry().get(id).map(r -> r.label()).orElse(id.value());
    }

    private static String grounds(Decision d, Set<Decision.Ground> of) {
        return d.grounds().stream().filter(of::contains).map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(" and "));
    }

    private static String states(Set<Country> states) {
        return states.stream().map(RequestContext::name).collect(Collectors.joining(", "));
    }

    private static String suffix(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
}
