package org.tutela.storage.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;
import org.tutela.core.screening.Alert;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.StorageContract;

/** Screenings and alerts kept and read back, the same on every database. */
abstract class ScreeningLogContractTest extends StorageContract {

    @BeforeEach
    void setUp() {
        storage.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
    }

    @Test
    void theLatestScreeningIsReadBackEqual() {
        JdbcScreeningLog log = storage.screeningLog();
        assertThat(log.latest(Samples.REQUEST)).isEmpty();
        ScreeningReport early = Screening.standard().screen(Samples.mlaRequest(), storage.registry(), LocalDate.of(2021, 3, 1));
        ScreeningReport late = Screening.standard().screen(Samples.mlaRequest(), storage.registry(), LocalDate.of(2021, 6, 1));
        log.record(early);
        log.record(late);
        assertThat(log.latest(Samples.REQUEST)).contains(late);
        assertThat(log.history(Samples.REQUEST)).extracting(JdbcScreeningLog.RecordedScreening::report).containsExactly(late, early);
        assertThat(log.latestOfAll()).containsEntry(Samples.REQUEST, late);
    }

    @Test
    void alertsAreKeptUntilAcknowledged() {
        JdbcScreeningLog log = storage.screeningLog();
        RecordSet registry = RecordSet.of(Samples.all());
        ScreeningReport before = Screening.standard().screen(Samples.mlaRequest(), registry, LocalDate.of(2021, 3, 1));
        ScreeningReport after = Screening.standard().screen(Samples.mlaRequest(), registry, LocalDate.of(2021, 6, 1));
        Alert alert = new Alert(Samples.REQUEST, before, after, Alert.Difference.between(before, after),
                List.of(new Alert.Cause(Samples.CASE, 1)));
        log.raise(alert);

        List<JdbcScreeningLog.RaisedAlert> open = log.alerts(Optional.empty(), true, 10);
        assertThat(open).singleElement().satisfies(a -> assertThat(a.alert()).isEqualTo(alert));
        assertThat(log.alerts(Optional.of(Samples.TARGET), false, 10)).isEmpty();

        log.acknowledge(open.get(0).id(), "reviewer");
        log.acknowledge(open.get(0).id(), "someone else");
        assertThat(log.alerts(Optional.empty(), true, 10)).isEmpty();
        assertThat(log.alerts(Optional.of(Samples.REQUEST), false, 10)).singleElement()
                .satisfies(a -> assertThat(a.acknowledgement()).hasValueSatisfying(k -> assertThat(k.by()).isEqualTo("reviewer")));
    }
}
