package org.tutela.core.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.NamePart;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

/**
 * Whether a person this installation screens may be one that a partner protects, from the partner's encodings
 * only: each name of the screened person is encoded with the group's secret, beside its birth year and each sex
 * that is not excluded, and compared with the shared encodings. A hit says "possible match with a person protected
 * by partner P — ask through the channel", with the bulletin and the status; never a name, which it does not have.
 */
public final class ProtectedMatching {
    /** Dice at or above which two encodings are a possible match (docs/BENCHMARKS.md, the person encoding). */
    public static final double THRESHOLD = 0.85;
    static final List<String> SEXES = List.of("female", "male", "other", "unknown");

    /** A screened person: the names as written (analysed), the birth year, the sex where known. */
    public record Screened(String label, List<AnalysedName> names, Optional<Integer> birthYear, Optional<String> sex) {
    }

    /** A protected person a partner shared, as received: from whom, in which bulletin and group. */
    public record Shared(String partner, String bulletin, String group, ProtectedPerson person) {
    }

    /** A possible match: whom to ask, in which sharing group and about which bulletin; the status; how close. */
    public record Hit(String screened, String partner, String group, String bulletin, ProtectionStatus.Type type, Country grantingState,
                      Optional<Country> persecutingState, double dice) {
    }

    private ProtectedMatching() {
    }

    /**
     * The possible matches of {@code screened} among {@code shared}; {@code encoderOf} gives a group's encoder when
     * this installation holds the group's secret. A screened person without a birth year cannot be compared.
     */
    public static List<Hit> hits(List<Screened> screened, List<Shared> shared, Function<String, Optional<PersonEncoding>> encoderOf) {
        List<Hit> hits = new ArrayList<>();
        for (Screened s : screened) {
            if (s.birthYear().isEmpty()) {
                continue;
            }
            for (Shared p : shared) {
                Optional<PersonEncoding> encoder = encoderOf.apply(p.group());
                if (encoder.isEmpty()) {
                    continue;
                }
                double best = 0;
                for (String encoding : encodings(encoder.get(), s)) {
                    best = Math.max(best, p.person().bestSimilarity(encoder.get(), encoding));
                }
                if (best >= THRESHOLD) {
                    ProtectedPerson q = p.person();
                    hits.add(new Hit(s.label(), p.partner(), p.group(), p.bulletin(), q.type(), q.grantingState(), q.persecutingState(), best));
                }
            }
        }
        return hits;
    }

    /** Every encoding of one screened person: each name, with its birth year and the sex given (or unknown), or each sex when none is. */
    static List<String> encodings(PersonEncoding encoder, Screened s) {
        List<String> out = new ArrayList<>();
        for (AnalysedName name : s.names()) {
            List<List<String>> keys = keysOf(name);
            // the sender encodes a sex it does not know as "unknown": that is tried too
            for (String sex : s.sex().map(x -> List.of(x, "unknown")).orElse(SEXES)) {
                out.add(encoder.encode(keys, s.birthYear().orElseThrow(), sex));
            }
        }
        return out;
    }

    public static List<List<String>> keysOf(AnalysedName name) {
        return name.parts().stream().map(NamePart::keySet).map(List::copyOf).toList();
    }
}
