package org.tutela.app.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.RecordId;

/** The seed case's dossier names its states in the reader's language, from the locale data; English as before. */
class DossierStateNamesTest {
    static final RecordId REQUEST = RecordId.of("request-kz-be-mla-2018-03-30");
    @TempDir
    static Path dir;
    static Tutela tutela;

    @BeforeAll
    static void demo() throws Exception {
        Settings demo = new Settings(dir.resolve("demo"), Optional.empty());
        DemoData.load(demo);
        tutela = Tutela.open(demo);
    }

    @AfterAll
    static void close() {
        if (tutela != null) {
            tutela.close();
        }
    }

    static Dossier in(String language) {
        return DossierAssembly.of(tutela.registry(), REQUEST, Audience.COURT, LocalDate.of(2026, 12, 5), Locale.forLanguageTag(language))
                .orElseThrow();
    }

    @Test
    void frenchNamesKazakhstanAndBelgiumInFrench() {
        Dossier fr = in("fr");
        assertThat(fr.requests()).singleElement().satisfies(r -> {
            assertThat(r.requesting()).isEqualTo("Kazakhstan");
            assertThat(r.requested()).isEqualTo("Belgique");
        });
        assertThat(fr.persons()).anySatisfy(p -> {
            assertThat(p.nationalities()).contains("Kazakhstan");
            assertThat(p.protection()).anySatisfy(s -> assertThat(s).contains("Belgique (Kazakhstan)"));
        });
        assertThat(fr.persons()).allSatisfy(p -> assertThat(p.protection()).noneSatisfy(s -> assertThat(s).contains("Belgium")));
    }

    @Test
    void russianNamesThemInRussian() {
        Dossier ru = in("ru");
        assertThat(ru.requests()).singleElement().satisfies(r -> {
            assertThat(r.requesting()).isEqualTo("Казахстан");
            assertThat(r.requested()).isEqualTo("Бельгия");
        });
        assertThat(ru.persons()).anySatisfy(p -> {
            assertThat(p.nationalities()).contains("Казахстан");
            assertThat(p.protection()).anySatisfy(s -> assertThat(s).contains("Бельгия (Казахстан)"));
        });
    }

    @Test
    void englishIsUnchanged() {
        Dossier en = in("en");
        assertThat(en.requests()).singleElement().satisfies(r -> {
            assertThat(r.requesting()).isEqualTo("Kazakhstan");
            assertThat(r.requested()).isEqualTo("Belgium");
        });
        assertThat(en.persons()).anySatisfy(p -> {
            assertThat(p.nationalities()).contains("Kazakhstan");
            assertThat(p.protection()).anySatisfy(s -> assertThat(s).contains("Belgium (Kazakhstan)"));
        });
    }
}
