package org.tutela.benchmarks.kinds;

/**
 * How two spellings of a name differ, for breaking the accuracy figures down. A pair can be of several kinds at
 * once (a Cyrillic spelling with patronymic against a Latin one without is both {@link #CYRILLIC_LATIN} and
 * {@link #PATRONYMIC}); {@link #OTHER} is for pairs of none of the named kinds. The heuristics are in
 * {@link PairKinds} and documented in docs/BENCHMARKS.md.
 */
public enum PairKind {
    CYRILLIC_LATIN("Cyrillic↔Latin"),
    OTHER_CYRILLIC_LATIN("other Cyrillic↔Latin (Serbian, Macedonian, Kazakh, Kyrgyz, Tajik, Uzbek, Mongolian)"),
    ARABIC_LATIN("Arabic-script↔Latin"),
    HAN_LATIN("Han↔Latin"),
    HANGUL_LATIN("Hangul↔Latin"),
    FEMININE_MASCULINE("feminine↔masculine surname form"),
    LATIN_VARIANT("Latin↔Latin variant"),
    UKRAINIAN_RUSSIAN("Ukrainian/Belarusian↔Russian form"),
    ORDER_SWAP("order swap"),
    PATRONYMIC("with/without patronymic"),
    OTHER("other");

    private final String label;

    PairKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
