package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code tutela search} on the demo data finds Botagoz Jardemalie under the feminine Russian form of her surname
 * ({@code Джардемалиева}, {@code Jardemaliyeva}), which none of her recorded names is: the matcher knows the
 * surname's forms, not this person. She is found by her name, not by a record id.
 */
class SurnameFormSearchTest {
    @TempDir
    static Path dir;
    static String demo;
    static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void loadDemo() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        demo = dir.resolve("demo").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Джардемалиева Ботагоз", "Jardemaliyeva", "Джардемалиева", "Botagoz Jardemaliyeva"})
    void theFeminineFormOfHerSurnameFindsHerFirst(String name) throws Exception {
        Cli.Run search = run("search", name, "--json", "--data", demo);
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode hits = mapper.readTree(search.out());
        assertThat(hits.size()).as(search.out()).isPositive();
        assertThat(hits.get(0).get("name").asText()).isEqualTo("Botagoz Jardemalie");
        assertThat(hits.get(0).get("strong").asBoolean()).isTrue();
        assertThat(hits.get(0).get("explanation").asText()).contains("SURNAME_FORM");
    }
}
