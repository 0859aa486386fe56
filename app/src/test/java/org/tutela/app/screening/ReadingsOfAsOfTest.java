package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.Samples;
import org.tutela.core.screening.OwnerView;
import org.tutela.core.screening.PersonResolver;
import org.tutela.core.screening.Reading;
import org.tutela.core.screening.RulePack;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * The two readings of "as of", on a real H2 registry: a refugee status recorded after the rest of the case
 * counts when the screening reads what was valid (as known today), and is absent when it reads only what
 * had been recorded by then.
 */
class ReadingsOfAsOfTest {
    @TempDir
    Path dataDir;
    Storage storage;
    ScreeningDesk desk;
    Screening engine;

    @BeforeEach
    void open() {
        storage = Storage.open(StorageConfig.Embedded.at(dataDir));
        engine = new Screening(RulePack.standard(), PersonResolver.recorded());
        desk = new ScreeningDesk(engine, storage.registry(), storage.screeningLog(), OwnerView.WHOLE_REGISTRY);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aFactRecordedLaterCountsWhenValidOnTheDayAndNotAsKnownBeforeItWasRecorded() {
        List<RegistryRecord> withoutStatus = Samples.all().stream()
                .filter(r -> !r.id().equals(Samples.refugeeStatus().id())).toList();
        List<Revision> first = storage.registry().saveAll(withoutStatus, Change.by("curator@example.org", "the case"));
        Instant caseRecorded = first.stream().map(Revision::recordedAt).max(Instant::compareTo).orElseThrow();
        storage.registry().save(Samples.refugeeStatus(), Change.by("curator@example.org", "the status, learnt later"));
        LocalDate asOf = LocalDate.of(2021, 3, 1);

        ScreeningReport valid = desk.screen(Samples.REQUEST, asOf, Reading.VALID_ON, storage.registry());
        assertThat(valid.reading()).isEqualTo(Reading.VALID_ON);
        assertThat(valid.firedIds()).contains("TNR-01");

        // the registry as it had been recorded before the status came: the same case, no status
        ScreeningReport beforeStatus = engine.screen(Samples.mlaRequest(), storage.registry().asRecordedAt(caseRecorded), asOf);
        assertThat(beforeStatus.firedIds()).doesNotContain("TNR-01");
        assertThat(beforeStatus.firedIds()).isNotEmpty();

        // as known at the end of a day before anything was recorded: nothing of the case is known, the target included
        LocalDate yesterday = LocalDate.now().minusDays(1);
        ScreeningReport known = desk.screen(Samples.REQUEST, yesterday, Reading.KNOWN_ON, storage.registry());
        assertThat(known.reading()).isEqualTo(Reading.KNOWN_ON);
        assertThat(known.firedIds()).doesNotContain("TNR-01");
        assertThat(desk.screen(Samples.REQUEST, yesterday, Reading.VALID_ON, storage.registry()).firedIds()).contains("TNR-01");

        // the report kept in the history says which reading it used
        assertThat(desk.history(Samples.REQUEST)).extracting(s -> s.report().reading())
                .contains(Reading.KNOWN_ON, Reading.VALID_ON);
    }
}
