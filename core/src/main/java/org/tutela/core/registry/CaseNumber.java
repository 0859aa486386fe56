package org.tutela.core.registry;

import java.util.Locale;

/** One definition of when two case numbers are the same: blanks, "№" and "#" aside, letters in any case. */
public final class CaseNumber {
    private CaseNumber() {
    }

    /** The form compared and looked up: {@code "№ 2021/12 AB"} and {@code "2021/12ab"} have the same key. */
    public static String key(String caseNumber) {
        return caseNumber.replaceAll("[\\s№#]", "").toLowerCase(Locale.ROOT);
    }
}
