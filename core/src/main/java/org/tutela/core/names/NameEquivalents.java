package org.tutela.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What is known about which names are one name: Ukrainian and Russian forms (Олександр =
 * Александр), full names and their short forms (Botagoz = Bota). Kept as text files a curator edits
 * (see {@code equivalents/*.txt} for the format and each file's source and licence); files listed in
 * {@code equivalents/index.txt} are loaded, and more can be given from a directory without a build.
 * Entries are found by {@link Skeleton} key, so one Cyrillic line also covers the Latin spellings.
 */
public final class NameEquivalents {

    public enum Kind { EQUIVALENT, DIMINUTIVE }

    /** A part's place in a group: the group, whether the part is the short form, how the group's names relate. */
    public record Membership(int group, boolean shortForm, Kind kind) {
    }

    /** One line of a file: the full forms and the short forms of one name. */
    public record Group(int id, List<String> fullForms, List<String> shortForms, Kind kind, String file) {
        public String label() {
            return String.join(", ", fullForms) + (shortForms.isEmpty() ? "" : " = " + String.join(", ", shortForms));
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Set<Membership>> byKey = new HashMap<>();
    private final Function<String, Collection<String>> keys;

    private NameEquivalents(Function<String, Collection<String>> keys) {
        this.keys = keys;
    }

    /**
     * The resources on the class path plus every {@code *.txt} in {@code extraDirectory} (when given).
     *
     * @param keys the keys of a name as written in a file, e.g. {@link NameAnalyser#keysOf(String)}
     */
    public static NameEquivalents load(Function<String, Collection<String>> keys, List<Path> extraFiles) {
        NameEquivalents e = new NameEquivalents(keys);
        for (String file : index()) {
            try (InputStream in = NameEquivalents.class.getResourceAsStream("equivalents/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("equivalents/index.txt lists " + file + ", which is missing");
                }
                e.read(file, in);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read equivalents/" + file, ex);
            }
        }
        for (Path p : extraFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                e.read(p.toString(), in);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read name equivalents file " + p, ex);
            }
        }
        return e;
    }

    private static List<String> index() {
        try (InputStream in = NameEquivalents.class.getResourceAsStream("equivalents/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("equivalents/index.txt is missing from the class path");
            }
            List<String> files = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    files.add(l);
                }
            }
            return files;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read equivalents/index.txt", ex);
        }
    }

    private void read(String file, InputStream in) throws IOException {
        Kind kind = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String l = line.strip();
            if (l.startsWith("# kind:")) {
                String k = l.substring(7).strip().toUpperCase(java.util.Locale.ROOT);
                try {
                    kind = Kind.valueOf(k);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalStateException(file + " line " + lineNo + ": kind must be equivalent or diminutive, not " + k);
                }
                continue;
            }
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (kind == null) {
                throw new IllegalStateException(file + " line " + lineNo + ": no '# kind:' line before the first entry");
            }
            int eq = l.indexOf('=');
            List<String> full = split(eq < 0 ? l : l.substring(0, eq));
            List<String> shortForms = eq < 0 ? List.of() : split(l.substring(eq + 1));
            if (full.isEmpty()) {
                throw new IllegalStateException(file + " line " + lineNo + ": no full form before '='");
            }
            add(new Group(groups.size(), full, shortForms, kind, file));
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String n : s.split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    private void add(Group g) {
        groups.add(g);
        for (String n : g.fullForms()) {
            for (String k : keys.apply(n)) {
                byKey.computeIfAbsent(k, x -> new HashSet<>()).add(new Membership(g.id(), false, g.kind()));
            }
        }
        for (String n : g.shortForms()) {
            for (String k : keys.apply(n)) {
                byKey.computeIfAbsent(k, x -> new HashSet<>()).add(new Membership(g.id(), true, g.kind()));
            }
        }
    }

    /** The groups a part with these keys belongs to. */
    public Set<Membership> memberships(Collection<String> partKeys) {
        Set<Membership> out = new HashSet<>();
        for (String k : partKeys) {
            out.addAll(byKey.getOrDefault(k, Set.of()));
        }
        return out;
    }

    public Group group(int id) {
        return groups.get(id);
    }

    public int size() {
        return groups.size();
    }
}
