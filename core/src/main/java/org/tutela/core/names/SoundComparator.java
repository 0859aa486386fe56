package org.tutela.core.names;

import java.util.Optional;

/**
 * Two parts of different scripts, one of which ICU romanises without a table of ours (Arabic, Korean, Greek, ...),
 * alike in their consonants ({@link SoundKey}): equal, or one more or fewer when there are at least four. Between
 * two well-romanised names this would make far too many namesakes, so it is asked only across such scripts.
 */
final class SoundComparator implements PartComparator {
    static final double SIMILARITY = 0.85;
    static final int MIN_SOUND_KEY = 3;
    static final int MIN_ABJAD_SOUND_KEY = 2;

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (!roughlyRomanised(a, b)) {
            return Optional.empty();
        }
        // against an abjad both sides drop what it leaves out: vowels, and waw inside a word (Huwaysh, حويش)
        boolean abjad = SoundKey.abjad(a) || SoundKey.abjad(b);
        // an abjad writes every consonant of a short name (گل, Gul; خضر, Khadr): two of them are evidence there
        int min = abjad ? MIN_ABJAD_SOUND_KEY : MIN_SOUND_KEY;
        Correspondence best = null;
        for (String x : a.keySet()) {
            String sx = SoundKey.of(x, abjad, abjad);
            if (sx.length() < min) {
                continue;
            }
            for (String y : b.keySet()) {
                String sy = SoundKey.of(y, abjad, abjad);
                if (sy.length() < min) {
                    continue;
                }
                // rough romanisations add or drop a consonant (Greek ντ, Korean final -u), they rarely change one
                int d = sx.equals(sy) ? 0
                        : Math.abs(sx.length() - sy.length()) == 1 && Math.min(sx.length(), sy.length()) > MIN_SOUND_KEY
                        ? EditDistance.of(sx, sy, 1) : 2;
                if (d <= 1 && (best == null || d == 0 && best.similarity() < SIMILARITY)) {
                    best = new Correspondence(d == 0 ? SIMILARITY : SIMILARITY - 0.05, PartMatch.Kind.TRANSLITERATION,
                            () -> "alike in sound across scripts (keys " + x + " / " + y + ", consonants " + sx + " / " + sy + ")");
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean roughlyRomanised(NamePart a, NamePart b) {
        return a.script() != b.script() && (rough(a.script()) || rough(b.script()));
    }

    private static boolean rough(Script s) {
        return s == Script.OTHER || s == Script.MIXED;
    }
}
