package org.tutela.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tutela.app.security.Role;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.StateIncidentSamples;
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.Reading;
import org.tutela.core.screening.ScreeningReport;

/**
 * Flag 15 counts the requesting state's incidents in the database (issue 12), and still only those the
 * screened request's owner may see: a stored request is screened through its compartment, whoever asks.
 */
class StateRecordOwnerTest {
    static final RecordId ELSEWHERE = RecordId.of("request-sample-other-compartment");
    static final LocalDate AS_OF = LocalDate.of(2021, 9, 1);
    @RegisterExtension
    static final SamplesInCompartments samples = new SamplesInCompartments(List.of(
            SamplesInCompartments.sampleRequest(ELSEWHERE, Samples.mlaRequest().date().orElseThrow(),
                    Samples.mlaRequest().measures()),
            StateIncidentSamples.incident("incident-by-inside", Samples.PERSECUTOR, LocalDate.of(2019, 4, 1), null),
            StateIncidentSamples.incident("incident-by-outside-1", Samples.PERSECUTOR, LocalDate.of(2019, 5, 1), null),
            StateIncidentSamples.incident("incident-by-outside-2", Samples.PERSECUTOR, LocalDate.of(2019, 6, 1), null),
            StateIncidentSamples.incident("incident-by-outside-late", Samples.PERSECUTOR, LocalDate.of(2022, 6, 1), null)),
            List.of(ELSEWHERE.value(), "incident-by-outside-1", "incident-by-outside-2", "incident-by-outside-late"));

    static Registry as(String compartment) {
        return samples.as("ca-" + compartment, Role.REVIEWER, compartment, "state record test");
    }

    /** The count the flag gives for the requesting state, and the incidents it shows. */
    static String count(ScreeningReport report) {
        return report.result("TNR-15").orElseThrow().facts().stream().map(Fact::message).flatMap(Optional::stream)
                .filter(m -> m.key().equals("fact.record.count")).map(m -> m.args().get(0).value()).findFirst().orElse("none");
    }

    static List<String> shown(ScreeningReport report) {
        return report.result("TNR-15").orElseThrow().facts().stream()
                .filter(f -> f.message().filter(m -> m.key().equals("fact.record.incident")).isPresent())
                .map(f -> f.record().value()).toList();
    }

    @Test
    void eachOwnerCountsTheIncidentsOfItsOwnCompartmentAsOfTheDate() {
        ScreeningReport inside = samples.tutela().screening().screen(Samples.REQUEST, AS_OF, as("inside"));
        assertThat(count(inside)).as("the sample case's incident and the one beside it").isEqualTo("2");
        assertThat(shown(inside)).containsExactlyInAnyOrder("incident-sample-hostage", "incident-by-inside");

        ScreeningReport outside = samples.tutela().screening().screen(ELSEWHERE, AS_OF, as("outside"));
        assertThat(count(outside)).as("two of its own; not the one dated after the screening date").isEqualTo("2");
        assertThat(shown(outside)).containsExactly("incident-by-outside-2", "incident-by-outside-1");
    }

    @Test
    void asKnownOnADayEachOwnerCountsOnlyItsOwnCompartmentToo() {
        // recorded today: as known at the end of today, all of it; incidents of 2022 count on today's date
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        ScreeningReport inside = samples.tutela().screening().screen(Samples.REQUEST, today, Reading.KNOWN_ON, as("inside"));
        assertThat(count(inside)).isEqualTo("2");
        assertThat(shown(inside)).containsExactlyInAnyOrder("incident-sample-hostage", "incident-by-inside");

        ScreeningReport outside = samples.tutela().screening().screen(ELSEWHERE, today, Reading.KNOWN_ON, as("outside"));
        assertThat(count(outside)).isEqualTo("3");
        assertThat(shown(outside)).containsExactly("incident-by-outside-late", "incident-by-outside-2", "incident-by-outside-1");

        // as known before anything was recorded: no record of the state at all
        ScreeningReport before = samples.tutela().screening().screen(Samples.REQUEST, today.minusDays(1), Reading.KNOWN_ON,
                as("inside"));
        assertThat(shown(before)).isEmpty();
    }
}
