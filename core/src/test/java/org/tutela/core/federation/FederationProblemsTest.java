package org.tutela.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A federation input's problem is a key of the problems bundle: every key thrown is in the bundle, every key of the
 * bundle is in every language with the same arguments, and a person reads the problem in their language.
 */
class FederationProblemsTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/tutela/core/registry");
    private static final List<String> LANGUAGES = List.of("fr", "nl", "ru");
    /** A key given where a FederationInputException or a Problem is made, written out whole. */
    private static final Pattern THROWN = Pattern.compile("(?:FederationInputException\\(\\s*[^,;]+,\\s*|Problem\\.of\\()\"(federation\\.[a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties read(String language) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("problems" + (language.isEmpty() ? "" : "_" + language) + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    static Set<String> federationKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("federation.")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyFederationKeyIsInEveryLanguageWithTheSameArguments() throws IOException {
        Properties base = read("");
        Set<String> keys = federationKeys(base);
        assertThat(keys).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties translated = read(language);
            for (String key : keys) {
                if (!translated.containsKey(key)) {
                    problems.add(language + ": " + key + " is missing");
                } else if (!arguments(base.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
                    problems.add(language + ": " + key + " takes " + arguments(translated.getProperty(key)) + ", not " + arguments(base.getProperty(key)));
                } else {
                    // a pattern MessageFormat cannot read fails here, not in front of a partner
                    new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language));
                }
            }
            federationKeys(translated).stream().filter(k -> !keys.contains(k)).forEach(k -> problems.add(language + ": " + k + " is not in English"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThrownIsInTheBundle() throws IOException {
        Set<String> thrown = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../json/src/main/java"), Path.of("../app/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = THROWN.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        thrown.add(m.group(1));
                    }
                }
            }
        }
        assertThat(thrown).as("keys found in the sources").hasSizeGreaterThan(40).contains("federation.marking.unknown", "federation.envelope.parts");
        assertThat(federationKeys(read(""))).containsAll(thrown);
    }

    @Test
    void aMalformedFieldIsNamedWithItsKeyAndSaidInTheReadersLanguage() {
        FederationInputException e = catchThrowableOfType(() -> Marking.parse("TLP:BLUE"), FederationInputException.class);
        assertThat(e.field()).isEqualTo("marking");
        assertThat(e.problem().key()).isEqualTo("federation.marking.unknown");
        assertThat(e.problem().args()).containsExactly("TLP:BLUE");
        // the English words stay as they were, for logs and partners' machines
        assertThat(e.getMessage()).isEqualTo("marking: 'TLP:BLUE' is not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED)");
        assertThat(e.problem(Locale.FRENCH)).startsWith("« TLP:BLUE » n’est pas un marquage TLP");
        assertThat(e.problem(Locale.forLanguageTag("nl"))).startsWith("„TLP:BLUE” is geen TLP-markering");
        assertThat(e.problem(Locale.forLanguageTag("ru"))).startsWith("«TLP:BLUE» — не маркировка TLP");
    }

    @Test
    void numbersAreArgumentsWrittenWithoutGrouping() {
        assertThatThrownBy(() -> new Bulletin("0b6f4c1e-2f7a-4d55-9d2e-0c7b1d3a9f10", "li-justice", java.time.Instant.now(), 0,
                new Distribution.Group("mla-desks"), Marking.AMBER, null))
                .isInstanceOfSatisfying(FederationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("sequence");
                    assertThat(e.problem().key()).isEqualTo("federation.sequence.range");
                    assertThat(e.getMessage()).isEqualTo("sequence: 0 is not between 1 and " + Bulletin.MAX_SEQUENCE);
                    assertThat(e.problem(Locale.FRENCH)).isEqualTo("0 n’est pas compris entre 1 et " + Bulletin.MAX_SEQUENCE);
                });
    }

    private static List<String> arguments(String pattern) {
        Matcher m = ARGUMENT.matcher(pattern);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }
}
