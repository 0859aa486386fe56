package org.tutela.benchmarks.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The plain baseline: Apache commons-text Jaro-Winkler on whole names after a simple normalisation (Unicode NFKD,
 * accents dropped, lower case, anything but letters and digits made a space). No transliteration, no token
 * alignment, no evidence other than the name.
 *
 * <p>Retrieval is blocked rather than brute force so that it stays usable at a million names: a candidate must share
 * the first two letters of at least one token with the query (a standard blocking key). Blocking can only lose
 * matches that Jaro-Winkler would score low anyway in most cases, but it is part of the baseline's figures.
 */
public final class JaroWinklerMatcher implements CandidateMatcher {

    private static final int PREFIX = 2;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final ThreadLocal<int[]> seen = new ThreadLocal<>();
    private final ThreadLocal<int[]> generation = ThreadLocal.withInitial(() -> new int[1]);
    private List<BenchName> names = List.of();
    private String[] normalised = new String[0];
    private Map<String, int[]> blocks = Map.of();

    @Override
    public String name() {
        return Matchers.JARO_WINKLER;
    }

    @Override
    public String description() {
        return "commons-text JaroWinklerSimilarity 1.12.0 on NFKD/lower-case/letters-only names; "
                + "blocking on 2-letter token prefixes; names only; threshold " + defaultThreshold();
    }

    static String normalise(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> blockKeys(String normalisedName) {
        List<String> keys = new ArrayList<>(4);
        for (String t : normalisedName.split(" ")) {
            if (!t.isEmpty()) {
                String k = t.length() <= PREFIX ? t : t.substring(0, PREFIX);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    @Override
    public void index(List<BenchName> toIndex) {
        this.names = List.copyOf(toIndex);
        this.normalised = new String[names.size()];
        Map<String, int[]> postings = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            normalised[i] = normalise(names.get(i).text());
            for (String k : blockKeys(normalised[i])) {
                int size = sizes.merge(k, 1, Integer::sum);
                int[] list = postings.get(k);
                if (list == null) {
                    list = new int[4];
                } else if (size > list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                }
                list[size - 1] = i;
                postings.put(k, list);
            }
        }
        postings.replaceAll((k, list) -> Arrays.copyOf(list, sizes.get(k)));
        this.blocks = postings;
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        String q = normalise(query.text());
        int[] marks = seen.get();
        if (marks == null || marks.length != names.size()) {
            marks = new int[names.size()];
            seen.set(marks);
            generation.get()[0] = 0;
        }
        int gen = ++generation.get()[0];
        PriorityQueue<Candidate> best = new PriorityQueue<>(k + 1, (x, y) -> Double.compare(x.score(), y.score()));
        for (String key : blockKeys(q)) {
            int[] list = blocks.get(key);
            if (list == null) {
                continue;
            }
            for (int i : list) {
                if (marks[i] == gen) {
                    continue;
                }
                marks[i] = gen;
                double s = jaroWinkler.apply(q, normalised[i]);
                if (best.size() < k || s > best.peek().score()) {
                    BenchName n = names.get(i);
                    best.add(new Candidate(n.id(), n.entityId(), s));
                    if (best.size() > k) {
                        best.poll();
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>(best);
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    @Override
    public double score(String a, String b) {
        return jaroWinkler.apply(normalise(a), normalise(b));
    }

    @Override
    public double defaultThreshold() {
        return 0.9;
    }
}
