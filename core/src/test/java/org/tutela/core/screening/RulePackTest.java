package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RulePackTest {

    @Test
    void theStandardPackDescribesTheSeventeenFlagsWithTheirGrounds() {
        RulePack pack = RulePack.standard();
        assertThat(pack.version()).isNotBlank();
        assertThat(pack.flags()).extracting(RedFlag::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 17).boxed().toList());
        assertThat(pack.flags()).allSatisfy(f -> {
            assertThat(f.id()).isEqualTo(String.format("TNR-%02d", f.number()));
            assertThat(f.legalGrounds()).isNotEmpty();
            assertThat(f.title()).isNotBlank();
            assertThat(f.explanation()).isNotBlank();
        });
        assertThat(pack.flag("TNR-01").orElseThrow().legalGrounds()).anyMatch(g -> g.contains("GA-2017-86-RES-09"));
        assertThat(pack.flag("TNR-06").orElseThrow().legalGrounds()).anyMatch(g -> g.contains("394399") && g.contains("Conseil d'État"));
        assertThat(pack.parameter("TNR-16", "window-days")).isEqualTo(90);
    }

    @Test
    void theLogicCoversExactlyTheFlagsOfThePack() {
        assertThat(org.tutela.core.screening.flags.Flags.ALL).extracting(Rule::flagId)
                .containsExactlyElementsOf(RulePack.standard().flags().stream().map(RedFlag::id).toList());
    }

    @Test
    void aPackThatDoesNotMatchTheLogicIsRefused() {
        assertThatThrownBy(() -> new Screening(RulePack.standard(), PersonResolver.recorded(), org.tutela.core.screening.flags.Flags.ALL.subList(0, 16),
                java.time.Clock.systemUTC())).hasMessageContaining("TNR-16");
    }

    @Test
    void readsNonAsciiWordingAsUtf8() throws Exception {
        RulePack pack = RulePack.load(new StringReader(minimal() + "flag.TNR-01.title = Réfugié — беженец\n"), "test");
        assertThat(pack.flag("TNR-01").orElseThrow().title()).isEqualTo("Réfugié — беженец");
    }

    @Test
    void problemsNameTheKeyAtFault() {
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal().replace("severity = BAR", "severity = HUGE")), "pack.properties"))
                .hasMessageContaining("pack.properties").hasMessageContaining("flag.TNR-01.severity").hasMessageContaining("HUGE");
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal().replace("rulepack.version = 1\n", "")), "p"))
                .hasMessageContaining("rulepack.version is required");
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal().replace("flag.TNR-01.number = 1", "flag.TNR-01.number = 2")), "p"))
                .hasMessageContaining("cites flag 01");
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal() + "flag.TNR-01.ask.x = nobody | what?\n"), "p"))
                .hasMessageContaining("flag.TNR-01.ask.x");
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal() + "flag.TNR-01.colour = red\n"), "p"))
                .hasMessageContaining("flag.TNR-01.colour");
        assertThatThrownBy(() -> RulePack.load(new StringReader(minimal().replace("flag.TNR-01.grounds.1 = a treaty\n", "")), "p"))
                .hasMessageContaining("grounds.1");
    }

    private static String minimal() {
        StringBuilder s = new StringBuilder("rulepack.version = 1\nrulepack.advisory = advice only\n");
        for (Band b : Band.values()) {
            s.append("band.").append(b.name()).append(" = words\n");
        }
        for (String line : List.of("number = 1", "severity = BAR", "grounds.1 = a treaty", "explanation = e", "safeguard = s")) {
            s.append("flag.TNR-01.").append(line).append('\n');
        }
        return s.toString();
    }

    @Test
    void everyFlagIsWordedInFrenchToo() throws java.io.IOException {
        java.util.Properties fr = new java.util.Properties();
        try (var in = RulePack.class.getResourceAsStream("red-flags_fr.properties")) {
            fr.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (RedFlag f : RulePack.standard().flags()) {
            for (String part : List.of("title", "explanation", "safeguard")) {
                assertThat(fr.getProperty("flag." + f.id() + "." + part)).as(f.id() + " " + part).isNotBlank();
            }
            // the legal grounds under the rule pack's own numbers, so that a dossier in French cites each one
            for (int i = 1; i <= f.legalGrounds().size(); i++) {
                assertThat(fr.getProperty("flag." + f.id() + ".grounds." + i)).as(f.id() + " grounds." + i).isNotBlank();
            }
            assertThat(fr.getProperty("flag." + f.id() + ".grounds." + (f.legalGrounds().size() + 1))).as(f.id() + ": no ground the pack lacks").isNull();
        }
    }
}
