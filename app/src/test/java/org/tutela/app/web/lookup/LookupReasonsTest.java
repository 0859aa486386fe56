package org.tutela.app.web.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tutela.app.search.MatchReading;
import org.tutela.core.names.Evidence;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.PartMatch;

/** The reasons of a match, as keys of the page's bundle, worded in each of its five languages. */
class LookupReasonsTest {
    static final List<String> LANGUAGES = List.of("", "_fr", "_nl", "_ru", "_kk");

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LookupReasonsTest.class.getResourceAsStream("/messages/lookup" + suffix + ".properties")) {
            assertThat(in).as("messages/lookup%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyReasonAndEveryKeyIsWordedInEveryLanguage() throws IOException {
        Properties english = bundle("");
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties words = bundle(language);
            for (String key : LookupReasons.keys()) {
                if (!words.containsKey(key)) {
                    missing.add(key + " in lookup" + language);
                }
            }
            for (String key : english.stringPropertyNames()) {
                if (!words.containsKey(key)) {
                    missing.add(key + " in lookup" + language);
                }
            }
            // MessageFormat reads a lone ASCII apostrophe as a quote: the bundle writes ’ instead
            words.forEach((k, v) -> {
                if (v.toString().contains("'")) {
                    missing.add(k + " in lookup" + language + " has an ASCII apostrophe");
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aMatchIsToldPartByPartWithTheListsPartFirst() {
        NameMatch match = new NameMatch(0.93, 0.95, "Jardemali Bota", "ДЖАРДЕМАЛИ Ботагоз", true,
                List.of(new PartMatch(Optional.of("Jardemali"), Optional.of("ДЖАРДЕМАЛИ"), NamePart.Role.SURNAME,
                                PartMatch.Kind.TRANSLITERATION, 1.0, "BGN/PCGN"),
                        new PartMatch(Optional.of("Bota"), Optional.of("Ботагоз"), NamePart.Role.GIVEN, PartMatch.Kind.DIMINUTIVE, 0.9, "x")),
                List.of(new Evidence(Evidence.Kind.BIRTH_DATE, -0.2, "1968 vs 1970")));
        assertThat(LookupReasons.of(match)).containsExactly(
                new MatchReading.Line("lookup.why.order", List.of()),
                new MatchReading.Line("lookup.why.TRANSLITERATION", List.of("ДЖАРДЕМАЛИ", "Jardemali")),
                new MatchReading.Line("lookup.why.DIMINUTIVE", List.of("Ботагоз", "Bota")),
                new MatchReading.Line("lookup.why.BIRTH_DATE.differs", List.of()));
    }
}
