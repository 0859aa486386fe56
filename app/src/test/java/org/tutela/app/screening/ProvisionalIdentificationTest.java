package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.Band;
import org.tutela.core.screening.PersonResolver;
import org.tutela.core.screening.ProvisionalReading;
import org.tutela.core.screening.Resolution;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.exchange.demo.DemoCase;
import org.tutela.search.NameIndex;
import org.tutela.search.NameSearch;

/**
 * A request naming the seed person in Cyrillic, with no reviewer's confirmation, screened on the demo
 * data with the real name matcher over a real Lucene index: the strong candidate is read provisionally
 * and the band does not fall below "suspend pending identification".
 */
class ProvisionalIdentificationTest {
    static final RecordSet DEMO = DemoCase.recordSet();
    static final RecordId JARDEMALIE = DEMO.all(Person.class).stream()
            .filter(p -> p.label().equals("Botagoz Jardemalie")).findFirst().orElseThrow().id();
    static NameIndex index;
    static Screening screening;

    @BeforeAll
    static void indexTheDemoPersons() {
        index = NameIndex.inMemory();
        index.rebuild(DEMO.all(Person.class));
        screening = new Screening(RulePack.standard(), PersonResolver.recordedThen(new NameResolver(new NameSearch(index))));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static List<RegistryRecord> intake(String name) {
        return new Intake().read(Path.of("src/test/resources/screening/" + name), DEMO);
    }

    @Test
    void anUnconfirmedCyrillicNameOfTheRefugeeIsSuspendedPendingIdentificationWithTheProvisionalFlags() {
        ScreeningReport report = screening.screenIntake(intake("unconfirmed-jardemalie.json"), Optional.empty(), DEMO,
                LocalDate.of(2024, 4, 1));

        assertThat(report.identifications().get(0).confirmed()).isEmpty();
        assertThat(report.identifications().get(0).suggested()).extracting(Resolution::person)
                .contains(JARDEMALIE);
        assertThat(report.band() == Band.SUSPEND_PENDING_IDENTIFICATION || report.band().graverThan(Band.SUSPEND_PENDING_IDENTIFICATION))
                .as("band %s", report.band()).isTrue();
        ProvisionalReading reading = report.provisional().stream()
                .filter(p -> p.candidate().equals(JARDEMALIE)).findFirst().orElseThrow();
        assertThat(reading.firedIds()).contains("TNR-01");
        assertThat(reading.bars()).isNotEmpty();
        assertThat(report.warnings().get(0)).startsWith("Provisional");
        assertThat(report.assessment().reasoning()).anyMatch(r -> r.contains("Botagoz Jardemalie") && r.contains("Target is a refugee"));
        // the confirmed reading still does not claim to know her: flag 1 cannot be evaluated on it
        assertThat(report.notEvaluableIds()).contains("TNR-01");
    }

    @Test
    void aNameNobodyInTheRegistryBearsGetsNoProvisionalReading() {
        ScreeningReport report = screening.screenIntake(intake("unknown-person.json"), Optional.empty(), DEMO,
                LocalDate.of(2024, 4, 1));
        assertThat(report.provisional()).isEmpty();
        assertThat(report.band()).isNotEqualTo(Band.SUSPEND_PENDING_IDENTIFICATION);
    }
}
