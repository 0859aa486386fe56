package org.tutela.core.names;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two parts with a {@link Skeleton} key in common: the same name romanised by a named system (another script), or
 * spelled another way in the same script (Iuliia / Yuliya).
 */
final class SharedKeyComparator implements PartComparator {
    static final double TRANSLITERATION = 0.96;
    static final double SPELLING_VARIANT = 0.94;

    @Override
    public Optional<Correspondence> compare(NamePart a, NamePart b) {
        if (!shareKey(a, b)) {
            return Optional.empty();
        }
        boolean sameScript = a.script() == b.script();
        return Optional.of(new Correspondence(sameScript ? SPELLING_VARIANT : TRANSLITERATION,
                sameScript ? PartMatch.Kind.SPELLING_VARIANT : PartMatch.Kind.TRANSLITERATION, () -> sharedKey(a, b).orElse("")));
    }

    private static boolean shareKey(NamePart a, NamePart b) {
        Set<String> small = a.keySet().size() <= b.keySet().size() ? a.keySet() : b.keySet();
        Set<String> large = small == a.keySet() ? b.keySet() : a.keySet();
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> sharedKey(NamePart a, NamePart b) {
        for (Map.Entry<String, String> ea : a.keys().entrySet()) {
            for (Map.Entry<String, String> eb : b.keys().entrySet()) {
                if (ea.getValue().equals(eb.getValue())) {
                    String ra = a.romanisations().get(ea.getKey());
                    String rb = b.romanisations().get(eb.getKey());
                    return Optional.of(describe(a, ea.getKey(), ra) + " ~ " + describe(b, eb.getKey(), rb));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(NamePart p, String system, String latin) {
        return Romaniser.AS_WRITTEN.equals(system) ? "'" + latin + "'" : "'" + latin + "' (" + system + ")";
    }
}
