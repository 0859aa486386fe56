package org.tutela.core.screening.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.RequestContext;

/**
 * The gravity of the offences a request rests on: INTERPOL's penalty threshold for Red Notices, and
 * offences so slight that pursuing them abroad says more about the person than about the act.
 */
final class Gravity {
    /**
     * INTERPOL Rules on the Processing of Data, Art. 83(1)(a)(ii), as practitioners quote it: a person
     * sought for prosecution must face a maximum deprivation of liberty of at least two years; a person
     * sought to serve a sentence must have been sentenced to at least six months or have at least six
     * months left to serve. (Art. 83(1)(b) lets the General Secretariat publish below the threshold when
     * the case is of particular importance to international police cooperation: that is for INTERPOL to
     * state, so a notice below the threshold is flagged with the question.) These are INTERPOL's numbers,
     * not the rule pack's, so they are constants.
     */
    static final double MIN_MAX_PENALTY_YEARS = 2.0;
    static final double MIN_SENTENCE_YEARS = 0.5;
    /** Below this value at stake an offence against property is slight whatever its legal maximum. */
    static final double SLIGHT_VALUE_EUR = 1000.0;

    private Gravity() {
    }

    /** Charges of a Red Notice or diffusion below INTERPOL's penalty threshold. */
    static List<Fact> belowInterpolThreshold(RequestContext c) {
        CooperationRequest.Type type = c.request().type();
        if (type != CooperationRequest.Type.RED_NOTICE && type != CooperationRequest.Type.DIFFUSION) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (Charge ch : c.request().offences()) {
            if (ch.deathPenalty()) {
                continue;
            }
            if (ch.sentenceYears().isPresent()) {
                if (ch.sentenceYears().get() < MIN_SENTENCE_YEARS) {
                    facts.add(c.requestFact("fact.art83.sentence", ch.description(), months(ch.sentenceYears().get())));
                }
            } else if (ch.maxPenaltyYears().filter(y -> y < MIN_MAX_PENALTY_YEARS).isPresent()) {
                facts.add(c.requestFact("fact.art83.penalty", ch.description(), months(ch.maxPenaltyYears().get())));
            }
        }
        return facts;
    }

    /** Charges whose value at stake or sentence is slight: a pretext indicator against a person with a political profile. */
    static List<Fact> trivialOffences(RequestContext c) {
        List<Fact> facts = new ArrayList<>();
        for (Charge ch : Readings.allCharges(c)) {
            if (ch.valueAtStakeEur().filter(v -> v < SLIGHT_VALUE_EUR).isPresent()) {
                facts.add(c.requestFact("fact.slight.value", ch.description(), String.format(Locale.ROOT, "%.0f", ch.valueAtStakeEur().get())));
            } else if (ch.sentenceYears().filter(y -> y < MIN_SENTENCE_YEARS).isPresent()) {
                facts.add(c.requestFact("fact.slight.sentence", ch.description(), months(ch.sentenceYears().get())));
            }
        }
        return facts;
    }

    /** A duration in years as whole months, which the bundle words in years or months. */
    static long months(double years) {
        return Math.round(years * 12);
    }
}
