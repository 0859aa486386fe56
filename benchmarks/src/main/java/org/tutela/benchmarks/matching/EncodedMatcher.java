package org.tutela.benchmarks.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tutela.core.federation.PersonEncoding;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NamePart;

/**
 * Privacy-preserving linkage as a partner would do it (docs/federation.md, *The encoding*): every indexed name is
 * kept only as its keyed, hardened Bloom-filter encoding (with its birth year and sex), every query is encoded the
 * same way and ranked by the Dice coefficient against all of them. Names without a birth year cannot be encoded
 * (a name is never encoded alone) and are left out of the index and of the queries.
 */
public final class EncodedMatcher implements CandidateMatcher {
    public static final String NAME = "tutela-encoded";
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    /** A fixed secret: the benchmark measures linkage quality, which does not depend on the secret's value. */
    private final PersonEncoding encoding = new PersonEncoding(new byte[PersonEncoding.SECRET_BYTES]);
    private final NameAnalyser analyser = NameAnalyser.standard();
    private List<BenchName> names = List.of();
    private List<BitSet> encoded = List.of();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CLK of romanisation-key bigrams with birth year and sex, " + 2 * PersonEncoding.BITS + " bits balanced, "
                + PersonEncoding.HASHES + " keyed positions per bigram, salted by birth year; Dice on the filters (balancing undone "
                + "with the group's key), brute force; threshold " + defaultThreshold();
    }

    static Optional<Integer> year(BenchName n) {
        return n.birthDate().map(YEAR::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1)));
    }

    /** The Bloom filter inside the encoding, as a holder of the group's secret reads it (PersonEncoding#similarity). */
    Optional<BitSet> encode(BenchName n) {
        return encoded(n).map(encoding::filterOf);
    }

    Optional<String> encoded(BenchName n) {
        Optional<Integer> year = year(n);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        try {
            AnalysedName a = analyser.analyse(n.text());
            List<List<String>> keys = a.parts().stream().map(NamePart::keySet).map(List::copyOf).toList();
            return Optional.of(encoding.encode(keys, year.get(), n.gender().orElse("unknown")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The names that can be encoded: what a partner could share. */
    public List<BenchName> encodable(List<BenchName> all) {
        return all.stream().filter(n -> encode(n).isPresent()).toList();
    }

    @Override
    public void index(List<BenchName> toIndex) {
        List<BenchName> kept = new ArrayList<>();
        List<BitSet> bits = new ArrayList<>();
        for (BenchName n : toIndex) {
            encode(n).ifPresent(b -> {
                kept.add(n);
                bits.add(b);
            });
        }
        names = List.copyOf(kept);
        encoded = List.copyOf(bits);
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        Optional<BitSet> q = encode(query);
        if (q.isEmpty()) {
            return List.of();
        }
        PriorityQueue<Candidate> best = new PriorityQueue<>(java.util.Comparator.comparingDouble(Candidate::score));
        for (int i = 0; i < encoded.size(); i++) {
            BitSet both = (BitSet) q.get().clone();
            both.and(encoded.get(i));
            double dice = 2.0 * both.cardinality() / (q.get().cardinality() + encoded.get(i).cardinality());
            best.add(new Candidate(names.get(i).id(), names.get(i).entityId(), dice));
            if (best.size() > k) {
                best.poll();
            }
        }
        List<Candidate> out = new ArrayList<>(best);
        out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    @Override
    public double score(String a, String b) {
        // bare names carry no birth year: both are encoded with the same one, which is what a match needs anyway
        BenchName x = new BenchName("a", "a", a, Optional.of("1970"), Optional.empty(), Optional.empty());
        BenchName y = new BenchName("b", "b", b, Optional.of("1970"), Optional.empty(), Optional.empty());
        Optional<BitSet> ex = encode(x);
        Optional<BitSet> ey = encode(y);
        if (ex.isEmpty() || ey.isEmpty()) {
            return 0;
        }
        BitSet both = (BitSet) ex.get().clone();
        both.and(ey.get());
        return 2.0 * both.cardinality() / (ex.get().cardinality() + ey.get().cardinality());
    }

    @Override
    public double defaultThreshold() {
        return 0.85;
    }
}
