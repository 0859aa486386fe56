package org.tutela.app.dossier;

import java.util.Locale;

/**
 * Who a dossier is for. A court reads the chronology, the requests and decisions, the red flags with
 * their grounds and the exhibits; a ministry reads a one-page summary first; INTERPOL's Commission for
 * the Control of Files reads what its applications ask for (the applicant, the data concerned, the
 * reasons against the rules, the supporting documents).
 */
public enum Audience {
    COURT, MINISTRY, CCF;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Audience parse(String text) {
        for (Audience a : values()) {
            if (a.slug().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("audience: '" + text + "' is not one of court, ministry, ccf");
    }
}
