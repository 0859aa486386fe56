package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tutela.core.patterns.Detector;
import org.tutela.core.patterns.Part;
import org.tutela.core.patterns.Patterns;

/** Every detector and every part has its words, in English and in French. */
class PatternsWordsTest {
    static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PatternsWordsTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void detectorsAndPartsAreWordedInBothLanguages() throws Exception {
        Properties en = bundle("patterns");
        Properties fr = bundle("patterns_fr");
        for (Detector d : Patterns.DETECTORS) {
            for (String key : new String[] {".title", ".summary", ".grounds"}) {
                assertThat(en).containsKey("pattern." + d.id() + key);
            }
        }
        for (Part part : Part.values()) {
            assertThat(en).containsKey("pattern.part." + part.name());
        }
        assertThat(fr.keySet()).isEqualTo(en.keySet());
    }

    @Test
    void theNetworksWordsAreInEveryLanguage() throws Exception {
        java.util.Set<Object> english = network(bundle("patterns"));
        for (org.tutela.core.network.LinkRole role : org.tutela.core.network.LinkRole.values()) {
            assertThat(english).contains("network.link." + role.name());
        }
        // any record can be the focus of a network, so every kind has its words
        for (org.tutela.core.registry.RecordKind kind : org.tutela.core.registry.RecordKind.values()) {
            assertThat(english).contains("network.kind." + kind.slug());
        }
        for (String language : new String[] {"patterns_fr", "patterns_nl", "patterns_ru"}) {
            assertThat(network(bundle(language))).as(language).isEqualTo(english);
        }
    }

    private static java.util.Set<Object> network(Properties words) {
        return words.keySet().stream().filter(k -> k.toString().startsWith("network.")).collect(java.util.stream.Collectors.toSet());
    }
}
