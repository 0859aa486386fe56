package org.tutela.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.MatchSubject;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NameMatcher;
import org.tutela.core.registry.Country;

/**
 * A name match is explained in the reader's language: the matcher's codes (ORDER_SWAPPED, TRANSLITERATION) and its
 * technical detail (romanisation tables, resource files) never reach the words.
 */
class MatchReadingTest {
    private static final Pattern INTERNAL_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|BGN|PCGN|\\.txt|\\{\\d");
    private static final NameMatcher MATCHER = NameMatcher.standard();

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MatchReadingTest.class.getResourceAsStream("/messages/names" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsWordedInEveryLanguageWithoutAnAsciiApostrophe() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("", "_fr", "_nl", "_ru")) {
            Properties words = bundle(language);
            MatchReading.keys().stream().filter(k -> !words.containsKey(k)).forEach(k -> missing.add(k + " in names" + language));
            MatchReading.keys().stream().filter(words::containsKey).filter(k -> words.getProperty(k).contains("'"))
                    .forEach(k -> missing.add(k + " in names" + language + " has an ASCII apostrophe (a quote to MessageFormat)"));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aCrossScriptMatchWithSwappedPartsReadsInFrenchWithoutCodes() {
        NameMatch match = MATCHER.compare("Jardemalie Botagoz", "Ботагоз Джардемали");
        assertThat(match.orderSwapped()).isTrue();
        assertThat(match.explain()).contains("ORDER_SWAPPED");
        List<String> fr = MatchReading.texts(match, Locale.FRENCH);
        assertThat(fr.get(0)).startsWith("Score ").contains("« Jardemalie Botagoz »", "« Ботагоз Джардемали »")
                .containsPattern("\\d,\\d\\d");
        assertThat(fr).contains("Les parties sont écrites dans un autre ordre dans les deux noms (nom de famille en premier dans l’un, en dernier dans l’autre).");
        // each part is named by its role in the reader's words, with the two spellings the matcher aligned
        assertThat(fr).anyMatch(l -> l.matches("(prénom|nom de famille) : « джардемали » est « jardemalie » écrit dans un autre alphabet \\(\\d,\\d\\d\\)\\."));
        assertThat(String.join("\n", fr)).doesNotContainPattern(INTERNAL_CODE).doesNotContain("surname", "given name");
        List<String> ru = MatchReading.texts(match, Locale.forLanguageTag("ru"));
        assertThat(ru).anyMatch(l -> l.startsWith("фамилия: ") || l.startsWith("имя: "));
        assertThat(String.join("\n", ru)).doesNotContainPattern(INTERNAL_CODE);
    }

    @Test
    void evidenceNamesItsValuesAndItsEffect() {
        MatchSubject query = new MatchSubject(List.of("Ivan Petrov"), Optional.of(BirthDate.parse("1970")), Optional.empty(),
                Set.of(Country.of("RU")));
        MatchSubject candidate = new MatchSubject(List.of("Иван Петров"), Optional.of(BirthDate.parse("1973")), Optional.empty(),
                Set.of(Country.of("KZ"), Country.of("RU")));
        List<String> en = MatchReading.texts(MATCHER.compare(query, candidate), Locale.ENGLISH);
        assertThat(en).contains("Born 3 years apart (1970 and 1973): -0.25.", "A nationality in common (RU): +0.03.");
        List<String> fr = MatchReading.texts(MATCHER.compare(query, candidate), Locale.FRENCH);
        assertThat(fr).contains("Nés à 3 ans d’écart (1970 et 1973) : -0,25.");
    }

    @Test
    void aStoredReadingReadsAsTheLiveOne() {
        NameMatch match = MATCHER.compare("Jardemalie Botagoz", "Ботагоз Джардемали");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.forLanguageTag("ru"))) {
            assertThat(MatchReading.messages(match).stream().map(m -> MatchReading.text(m, locale)).toList())
                    .isEqualTo(MatchReading.texts(match, locale));
        }
    }
}
