package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.Optional;

/** An offence alleged in a proceeding or a request, with the period of the alleged acts. */
public record Charge(String description, Category category, Optional<LocalDate> allegedFrom, Optional<LocalDate> allegedTo) {

    public enum Category {
        EMBEZZLEMENT, MONEY_LAUNDERING, FRAUD, TAX_EVASION, ABUSE_OF_OFFICE, CORRUPTION, EXTREMISM, TERRORISM,
        SEPARATISM, INSULTING_OFFICIALS, DISSEMINATING_FALSE_INFORMATION, ORGANISED_CRIME, DRUG_TRAFFICKING,
        VIOLENT_CRIME, SEXUAL_OFFENCE, CYBERCRIME, OTHER;

        /** Charges typical of politically motivated cases dressed as ordinary crime (flag 13). */
        public boolean typicalPretext() {
            return switch (this) {
                case EMBEZZLEMENT, MONEY_LAUNDERING, FRAUD, TAX_EVASION, ABUSE_OF_OFFICE, EXTREMISM, TERRORISM,
                        SEPARATISM, INSULTING_OFFICIALS, DISSEMINATING_FALSE_INFORMATION -> true;
                default -> false;
            };
        }
    }

    public Charge {
        description = Fields.text("charges.description", description);
        category = category == null ? Category.OTHER : category;
        allegedFrom = Fields.optional(allegedFrom);
        allegedTo = Fields.optional(allegedTo);
        if (allegedFrom.isPresent() && allegedTo.isPresent() && allegedTo.get().isBefore(allegedFrom.get())) {
            throw new InvalidRecordException("charges.allegedTo", "is before allegedFrom");
        }
    }

    public static Charge of(String description, Category category) {
        return new Charge(description, category, Optional.empty(), Optional.empty());
    }
}
