package org.tutela.benchmarks.speed;

import org.tutela.benchmarks.datasets.NameDatasets;
import org.tutela.benchmarks.matching.BenchName;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes any number of person names by recombining real name parts, reproducibly: the same shared files and seed give
 * the same names in the same order. Parts are pooled by script (the Unicode script of their first letter) and by role
 * (given name, middle name or patronymic, surname), from the structured columns of the yente negatives and from the
 * EU and OFAC spellings (surname = the upper-case token or the part before a comma; given = the first other token;
 * middle = a token between them). A generated name takes all its parts from one script's pools, so the corpus spans
 * every script in the data (Latin, Cyrillic, Arabic, Devanagari, CJK, ...) in proportion to the parts available.
 * One name in ten is written surname-first in capitals, as official lists do. Nothing generated is ever stored.
 */
public final class NameGenerator {

    private final List<String> scripts = new ArrayList<>();
    private final Map<String, Pools> pools = new LinkedHashMap<>();
    private final int[] cumulative;
    private final SplittableRandom random;
    private long counter;
    private final String prefix;

    private static final class Pools {
        final LinkedHashSet<String> given = new LinkedHashSet<>();
        final LinkedHashSet<String> middle = new LinkedHashSet<>();
        final LinkedHashSet<String> surname = new LinkedHashSet<>();
        List<String> givenList;
        List<String> middleList;
        List<String> surnameList;

        void freeze() {
            givenList = List.copyOf(given);
            middleList = List.copyOf(middle);
            surnameList = List.copyOf(surname);
        }
    }

    public NameGenerator(Path namesDir, long seed, String idPrefix) {
        this(parts(namesDir), seed, idPrefix);
    }

    /** From explicit (given, middle, surname) triples, for tests; empty strings mean "absent". */
    public NameGenerator(List<String[]> triples, long seed, String idPrefix) {
        for (String[] t : triples) {
            add(t[0], t[1], t[2]);
        }
        pools.values().removeIf(p -> p.given.isEmpty() || p.surname.isEmpty());
        if (pools.isEmpty()) {
            throw new IllegalArgumentException("no name parts to recombine");
        }
        cumulative = new int[pools.size()];
        int sum = 0;
        int i = 0;
        for (Map.Entry<String, Pools> e : pools.entrySet()) {
            e.getValue().freeze();
            scripts.add(e.getKey());
            sum += e.getValue().givenList.size();
            cumulative[i++] = sum;
        }
        this.random = new SplittableRandom(seed);
        this.prefix = idPrefix;
    }

    private static List<String[]> parts(Path dir) {
        List<String[]> triples = new ArrayList<>();
        for (BenchName n : NameDatasets.yentePersons(dir.resolve(NameDatasets.NEGATIVES), "neg")) {
            String[] tokens = n.text().strip().split("\\s+");
            if (tokens.length >= 2) {
                String middle = tokens.length >= 3 ? tokens[1] : "";
                triples.add(new String[]{tokens[0], middle, tokens[tokens.length - 1]});
            }
        }
        List<BenchName> spellings = new ArrayList<>(NameDatasets.euClusters(dir.resolve(NameDatasets.EU_CLUSTERS)));
        spellings.addAll(NameDatasets.ofacClusters(dir.resolve(NameDatasets.OFAC_CLUSTERS)));
        for (BenchName n : spellings) {
            String[] triple = structure(n.text());
            if (triple != null) {
                triples.add(triple);
            }
        }
        return triples;
    }

    /** (given, middle, surname) of a list spelling, or null when its structure is not evident. */
    static String[] structure(String name) {
        String text = name.strip();
        int comma = text.indexOf(',');
        if (comma > 0) {
            String surname = text.substring(0, comma).strip();
            String[] rest = text.substring(comma + 1).strip().split("\\s+");
            if (surname.contains(" ") || rest.length == 0 || rest[0].isEmpty()) {
                return null;
            }
            return new String[]{rest[0], rest.length >= 2 ? rest[1] : "", surname};
        }
        String[] tokens = text.split("\\s+");
        if (tokens.length < 2 || tokens.length > 3) {
            return null;
        }
        int upper = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() > 1 && tokens[i].equals(tokens[i].toUpperCase(Locale.ROOT))
                    && !tokens[i].equals(tokens[i].toLowerCase(Locale.ROOT))) {
                if (upper >= 0) {
                    return null;
                }
                upper = i;
            }
        }
        if (upper == tokens.length - 1) {
            return new String[]{tokens[0], tokens.length == 3 ? tokens[1] : "", tokens[upper]};
        }
        if (upper == 0) {
            return new String[]{tokens[1], tokens.length == 3 ? tokens[2] : "", tokens[0]};
        }
        return null;
    }

    private void add(String given, String middle, String surname) {
        if (given.isEmpty() || surname.isEmpty()) {
            return;
        }
        Pools p = pools.computeIfAbsent(scriptOf(given), s -> new Pools());
        p.given.add(capitalised(given));
        if (!middle.isEmpty() && scriptOf(middle).equals(scriptOf(given))) {
            p.middle.add(capitalised(middle));
        }
        if (scriptOf(surname).equals(scriptOf(given))) {
            p.surname.add(capitalised(surname));
        }
    }

    private static String capitalised(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.substring(0, lower.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + lower.substring(lower.offsetByCodePoints(0, 1));
    }

    private static String scriptOf(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp).name();
            }
            i += Character.charCount(cp);
        }
        return "UNKNOWN";
    }

    /** The scripts that parts were found for, in the order first seen. */
    public List<String> scripts() {
        return List.copyOf(scripts);
    }

    public BenchName next() {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int s = 0;
        while (cumulative[s] <= r) {
            s++;
        }
        Pools p = pools.get(scripts.get(s));
        String given = p.givenList.get(random.nextInt(p.givenList.size()));
        String surname = p.surnameList.get(random.nextInt(p.surnameList.size()));
        String middle = !p.middleList.isEmpty() && random.nextBoolean()
                ? p.middleList.get(random.nextInt(p.middleList.size())) : "";
        String text;
        if (random.nextInt(10) == 0) {
            text = surname.toUpperCase(Locale.ROOT) + " " + given + (middle.isEmpty() ? "" : " " + middle);
        } else {
            text = given + (middle.isEmpty() ? "" : " " + middle) + " " + surname;
        }
        String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", 1940 + random.nextInt(66), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String id = prefix + "-" + counter++;
        return new BenchName(id, id, text, Optional.of(birth), Optional.empty(),
                Optional.of(random.nextBoolean() ? "male" : "female"));
    }

    public List<BenchName> next(int count) {
        List<BenchName> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }
}
