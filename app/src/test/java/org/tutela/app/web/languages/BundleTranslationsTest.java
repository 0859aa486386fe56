package org.tutela.app.web.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the interface is translated whole: each key of a base bundle is in each of its
 * translations, and no translation has a key its base lacks (a key renamed in one file only).
 */
class BundleTranslationsTest {
    private static final Path APP_BUNDLES = Path.of("src/main/resources/messages");
    private static final Path CORE_BUNDLES = Path.of("../core/src/main/resources/org/tutela/core/screening");
    private static final List<String> LANGUAGES = Languages.INTERFACE.stream().map(Locale::getLanguage)
            .filter(l -> !l.equals("en")).toList();
    /**
     * The rule pack's translations carry its words only (titles, explanations, safeguards, questions, legal
     * grounds as the profession cites them in that language): its numbers, severities, thresholds and version
     * are the base file's.
     */
    private static final Pattern RULE_PACK_WORDS = Pattern.compile("rulepack\\.advisory|band\\..+|flag\\.TNR-\\d+\\.(title|explanation|safeguard|ask\\..+|grounds\\.\\d+)");

    record Bundle(Path base, Predicate<String> translated) {
        String name() {
            return base.getFileName().toString().replace(".properties", "");
        }

        Path in(String language) {
            return base.resolveSibling(name() + "_" + language + ".properties");
        }
    }

    static List<Bundle> bundles() throws IOException {
        List<Bundle> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(APP_BUNDLES)) {
            files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.properties")).sorted()
                    .forEach(f -> all.add(new Bundle(f, key -> true)));
        }
        all.add(new Bundle(CORE_BUNDLES.resolve("facts.properties"), key -> true));
        all.add(new Bundle(CORE_BUNDLES.resolve("red-flags.properties"), key -> RULE_PACK_WORDS.matcher(key).matches()));
        all.add(new Bundle(Path.of("../core/src/main/resources/org/tutela/core/requests/workflow-rules.properties"), key -> true));
        all.add(new Bundle(Path.of("../core/src/main/resources/org/tutela/core/registry/problems.properties"), key -> true));
        all.add(new Bundle(Path.of("../core/src/main/resources/org/tutela/core/registry/dates.properties"), key -> true));
        return all;
    }

    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theBundlesAreFound() throws IOException {
        assertThat(bundles()).extracting(Bundle::name).contains("common", "security", "workflow", "screening", "patterns", "names",
                "facts", "red-flags", "workflow-rules", "problems", "dates");
    }

    @Test
    void everyKeyOfEveryBundleIsInEveryLanguageAndNoMore() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            Set<String> base = new TreeSet<>(read(bundle.base()).stringPropertyNames());
            Set<String> wanted = new TreeSet<>(base.stream().filter(bundle.translated()).toList());
            for (String language : LANGUAGES) {
                Path file = bundle.in(language);
                if (!Files.isRegularFile(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> there = read(file).stringPropertyNames();
                wanted.stream().filter(k -> !there.contains(k)).forEach(k -> problems.add(file.getFileName() + " lacks " + k));
                there.stream().filter(k -> !base.contains(k)).sorted()
                        .forEach(k -> problems.add(file.getFileName() + " has " + k + ", which " + bundle.base().getFileName() + " lacks"));
            }
        }
        assertThat(problems).as("keys missing from translations, or translations with keys the base lacks").isEmpty();
    }

    /** Kazakh translates the public lookup and the layout around it, so its files may hold fewer keys, never others. */
    @Test
    void kazakhTranslatesPartsButInventsNoKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            Path file = bundle.in(Languages.KAZAKH.getLanguage());
            if (Files.isRegularFile(file)) {
                Set<String> base = read(bundle.base()).stringPropertyNames();
                read(file).stringPropertyNames().stream().filter(k -> !base.contains(k)).sorted()
                        .forEach(k -> problems.add(file.getFileName() + " has " + k + ", which " + bundle.base().getFileName() + " lacks"));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(bundles().get(0).in("kk").resolveSibling("common_kk.properties")).isRegularFile();
    }

    /** A translation takes the same arguments as its base, or a page would lose a name or show "{1}". */
    @Test
    void translationsUseTheArgumentsOfTheirBase() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d+)");
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            Properties base = read(bundle.base());
            for (String language : LANGUAGES) {
                Path file = bundle.in(language);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Properties translation = read(file);
                for (String key : translation.stringPropertyNames()) {
                    String original = base.getProperty(key, "");
                    String translated = translation.getProperty(key);
                    Set<String> want = new TreeSet<>(argument.matcher(original).results().map(m -> m.group(1)).toList());
                    Set<String> got = new TreeSet<>(argument.matcher(translated).results().map(m -> m.group(1)).toList());
                    if (!want.equals(got)) {
                        problems.add(file.getFileName() + " " + key + " uses " + got + ", the base " + want);
                    }
                    if (!want.isEmpty()) {
                        try {
                            new MessageFormat(translated, Locale.forLanguageTag(language));
                        } catch (IllegalArgumentException e) {
                            problems.add(file.getFileName() + " " + key + " is no message pattern: " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
