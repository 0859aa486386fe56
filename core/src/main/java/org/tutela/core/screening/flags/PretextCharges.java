package org.tutela.core.screening.flags;

import org.tutela.core.registry.ApproximateDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Charge;
import org.tutela.core.screening.Distance;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import org.tutela.core.screening.Message;
import org.tutela.core.screening.Outcome;
import org.tutela.core.screening.RequestContext;
import org.tutela.core.screening.Rule;
import static org.tutela.core.screening.flags.Readings.*;

/** Flag 13: Pretext charges: economic or extremism charges against a political profile, or a decade old. */
public final class PretextCharges implements Flag {
    public static final String ID = "TNR-13";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome evaluate(RequestContext c, Rule.Wording w) {
        // the strongest sign: the charge punishes the protected activity itself, whatever its category
        List<Fact> punishing = punishesActivity(c);
        if (!punishing.isEmpty()) {
            List<Fact> facts = new ArrayList<>(punishing);
            c.targets().forEach(p -> facts.addAll(profile(c, p)));
            return new Fired(facts);
        }
        List<Charge> pretexts = allCharges(c).stream().filter(ch -> ch.category().typicalPretext()).toList();
        long oldYears = (long) w.parameter("old-years");
        if (pretexts.isEmpty() && c.requestDate().isPresent()) {
            // allegations a decade old or more, whatever the offence, revived against a person with a political profile
            List<Fact> old = new ArrayList<>();
            for (Charge ch : allCharges(c)) {
                ch.allegedTo().or(ch::allegedFrom).ifPresent(last -> oldActs(c, ch, last, oldYears).ifPresent(old::add));
            }
            List<Fact> profiles = new ArrayList<>();
            c.targets().forEach(p -> profiles.addAll(profile(c, p)));
            if (!old.isEmpty() && !profiles.isEmpty()) {
                old.addAll(profiles);
                return new Fired(old);
            }
        }
        if (pretexts.isEmpty() && !Gravity.belowInterpolThreshold(c).isEmpty()) {
            return new Fired(Gravity.belowInterpolThreshold(c));
        }
        if (pretexts.isEmpty() && !Gravity.trivialOffences(c).isEmpty() && c.targets().stream().anyMatch(p -> !profile(c, p).isEmpty())) {
            List<Fact> facts = new ArrayList<>(Gravity.trivialOffences(c));
            c.targets().forEach(p -> facts.addAll(profile(c, p)));
            return new Fired(facts);
        }
        if (pretexts.isEmpty()) {
            return new NotFired(allCharges(c).isEmpty() ? Message.of("reason.charges.none")
                    : Message.of("reason.charges.not-pretext", allCharges(c).stream().map(Charge::category).distinct().toList()));
        }
        List<Fact> facts = new ArrayList<>();
        List<Charge.Category> kinds = pretexts.stream().map(Charge::category).distinct().toList();
        long years = (long) w.parameter("old-years");
        Optional<ApproximateDate> requestDate = c.requestDate();
        for (Charge ch : pretexts) {
            Optional<ApproximateDate> last = ch.allegedTo().or(ch::allegedFrom);
            if (requestDate.isPresent() && last.isPresent()) {
                oldActs(c, ch, last.get(), years).ifPresent(facts::add);
            }
        }
        for (Charge ch : pretexts) {
            if (ch.category().politicalOffence()) {
                facts.add(c.requestFact("fact.political-offence", ch.description(), ch.category()));
            }
        }
        List<Fact> profiles = new ArrayList<>();
        c.targets().forEach(p -> profiles.addAll(profile(c, p)));
        facts.addAll(profiles);
        facts.addAll(Gravity.belowInterpolThreshold(c));
        if (!profiles.isEmpty()) {
            facts.addAll(Gravity.trivialOffences(c));
        }
        if (!facts.isEmpty()) {
            facts.add(0, c.requestFact("fact.pretext-kinds", pretexts.stream().map(Charge::category).distinct().toList()));
            return new Fired(facts);
        }
        if (!c.unidentifiedTargets().isEmpty()) {
            return new NotEvaluable(Message.of("missing.profile", kinds, c.unidentifiedNames()), List.of(w.ask("profile")));
        }
        return new NotFired(Message.of(pretexts.stream().allMatch(ch -> ch.allegedTo().or(ch::allegedFrom).isEmpty())
                ? "reason.pretext.no-profile.undated" : "reason.pretext.no-profile", kinds, years));
    }

    /**
     * The acts of {@code ch}, last dated {@code last}, as a fact when at least {@code years} whole years surely lie between
     * them and the request; as a possibility, with the question to ask, when the dates allow it and its opposite.
     */
    private static Optional<Fact> oldActs(RequestContext c, Charge ch, ApproximateDate last, long years) {
        Distance distance = new Distance(last, c.requestDate().orElseThrow());
        return switch (distance.yearsAtLeast(years)) {
            case SURELY -> Optional.of(c.requestFact("fact.old-acts", ch.description(), last, distance.leastYears()));
            case POSSIBLY -> Optional.of(c.requestFact("fact.old-acts.possibly", ch.description(), last, years, c.requestDate().get()));
            case NOT -> Optional.empty();
        };
    }
}
