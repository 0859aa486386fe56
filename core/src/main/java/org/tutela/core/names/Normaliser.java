package org.tutela.core.names;

import java.util.List;

/**
 * The analysis chain for names: filters applied in order. {@link #standard()} is the chain used for
 * both indexing and queries; a different chain is a different index.
 */
public record Normaliser(List<NameFilter> filters) {
    public Normaliser {
        filters = List.copyOf(filters);
    }

    public static Normaliser standard() {
        return new Normaliser(List.of(new NameFilter.UnicodeNormalisation(), new NameFilter.InvisibleMarks(), new NameFilter.CaseFolding(),
                new NameFilter.ArabicLetterForms(),
                new NameFilter.DigitLookalikes(), new NameFilter.Punctuation(), new NameFilter.LookalikeLetters(), new NameFilter.Whitespace()));
    }

    public String normalise(String name) {
        String s = name;
        for (NameFilter f : filters) {
            s = f.apply(s);
        }
        return s;
    }
}
