package org.tutela.core.registry;

import java.util.Optional;

/**
 * An offence alleged in a proceeding or a request, with the period of the alleged acts and its gravity:
 * the maximum penalty the law provides (in years; {@code deathPenalty} when the offence is punishable by
 * death), the sentence imposed where there is one, and the value at stake (in euros, converted at the
 * time of the acts), and the protected activity it punishes in itself, where it does.
 */
public record Charge(String description, Category category, Optional<ApproximateDate> allegedFrom, Optional<ApproximateDate> allegedTo,
                     Optional<Double> maxPenaltyYears, Boolean deathPenalty, Optional<Double> sentenceYears,
                     Optional<Double> valueAtStakeEur, Optional<ProtectedActivity> punishes) {

    /**
     * Activity protected by human-rights law that a charge may punish in itself: an article prosecuted as
     * insulting the president, posts as "calls to extremism" (EXPRESSION); an organisation's funds treated
     * as its director's income, membership of a movement (ASSOCIATION); a protest (ASSEMBLY); defending
     * clients (LEGAL_DEFENCE); testifying, e.g. about torture (TESTIMONY).
     */
    public enum ProtectedActivity { EXPRESSION, ASSOCIATION, ASSEMBLY, LEGAL_DEFENCE, TESTIMONY }

    public enum Category {
        EMBEZZLEMENT, MONEY_LAUNDERING, FRAUD, TAX_EVASION, ABUSE_OF_OFFICE, CORRUPTION, EXTREMISM, TERRORISM,
        SEPARATISM, INSULTING_OFFICIALS, DISSEMINATING_FALSE_INFORMATION, ORGANISED_CRIME, DRUG_TRAFFICKING,
        VIOLENT_CRIME, SEXUAL_OFFENCE, CYBERCRIME, OTHER,
        /** Charges used against critics and protesters. */
        HOOLIGANISM, MASS_RIOTS, UNREGISTERED_ORGANISATION, ILLEGAL_BORDER_CROSSING, DRAFT_EVASION,
        /** Founding or joining an organisation to oppose or overthrow the system of government. */
        SUBVERSION,
        THEFT;

        /** Charges typical of politically motivated cases dressed as ordinary crime (flag 13). */
        public boolean typicalPretext() {
            return switch (this) {
                case EMBEZZLEMENT, MONEY_LAUNDERING, FRAUD, TAX_EVASION, ABUSE_OF_OFFICE, EXTREMISM, TERRORISM,
                        SEPARATISM, INSULTING_OFFICIALS, DISSEMINATING_FALSE_INFORMATION, HOOLIGANISM, MASS_RIOTS,
                        UNREGISTERED_ORGANISATION, ILLEGAL_BORDER_CROSSING, DRAFT_EVASION, SUBVERSION -> true;
                default -> false;
            };
        }

        /**
         * A political offence in the sense of extradition law (European Convention on Extradition Art. 3(1)):
         * an offence against the political order itself, with no ordinary-crime element.
         */
        public boolean politicalOffence() {
            return switch (this) {
                case SUBVERSION, SEPARATISM, INSULTING_OFFICIALS, DISSEMINATING_FALSE_INFORMATION, UNREGISTERED_ORGANISATION -> true;
                default -> false;
            };
        }
    }

    public Charge {
        description = Fields.text("charges.description", description);
        category = category == null ? Category.OTHER : category;
        allegedFrom = Fields.optional(allegedFrom);
        allegedTo = Fields.optional(allegedTo);
        if (allegedFrom.isPresent() && allegedTo.isPresent() && allegedTo.get().surelyBefore(allegedFrom.get())) {
            throw InvalidRecordException.of("charges.allegedTo", "problem.before-alleged-from");
        }
        maxPenaltyYears = Fields.optional(maxPenaltyYears);
        // absent in JSON written before gravity was recorded
        deathPenalty = deathPenalty != null && deathPenalty;
        sentenceYears = Fields.optional(sentenceYears);
        valueAtStakeEur = Fields.optional(valueAtStakeEur);
        punishes = Fields.optional(punishes);
        if (maxPenaltyYears.filter(y -> y < 0).isPresent()) {
            throw InvalidRecordException.of("charges.maxPenaltyYears", "problem.negative");
        }
        if (sentenceYears.filter(y -> y < 0).isPresent()) {
            throw InvalidRecordException.of("charges.sentenceYears", "problem.negative");
        }
    }

    /** A charge whose gravity is not recorded. */
    public Charge(String description, Category category, Optional<ApproximateDate> allegedFrom, Optional<ApproximateDate> allegedTo) {
        this(description, category, allegedFrom, allegedTo, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Charge of(String description, Category category) {
        return new Charge(description, category, Optional.empty(), Optional.empty());
    }
}
