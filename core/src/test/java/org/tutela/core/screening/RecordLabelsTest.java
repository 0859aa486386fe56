package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.flags.Readings;

/** A record a fact names (a request, a decision, a status, an incident) is named in the reader's words, never by a code. */
class RecordLabelsTest {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|\\blabel\\.");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("nl"), new Locale("ru"));

    @Test
    void aRequestIsNamedByItsKindStatesAndDateAsRecorded() {
        CooperationRequest extradition = request().type(CooperationRequest.Type.EXTRADITION).dated(ApproximateDate.of("2018")).build();
        assertThat(Readings.labelIn(extradition, Locale.ENGLISH)).isEqualTo("extradition request BY → LT (2018)");
        assertThat(Readings.labelIn(extradition, Locale.FRENCH)).isEqualTo("demande d’extradition BY → LT (2018)");
        CooperationRequest notice = request().type(CooperationRequest.Type.RED_NOTICE).date(null)
                .addressee(new CooperationRequest.Addressee(CooperationRequest.Addressee.Reach.ALL_INTERPOL_MEMBERS, Optional.empty(), List.of()))
                .build();
        assertThat(Readings.labelIn(notice, Locale.ENGLISH)).isEqualTo("Red Notice BY → all INTERPOL members (held by LT)");
        assertThat(Readings.labelIn(notice, Locale.FRENCH)).isEqualTo("notice rouge BY → tous les membres d’INTERPOL (détenue par LT)");
        CooperationRequest regional = request().type(CooperationRequest.Type.OTHER).date(null)
                .addressee(new CooperationRequest.Addressee(CooperationRequest.Addressee.Reach.REGIONAL_BODY,
                        Optional.of("Arab Interior Ministers' Council"), List.of()))
                .build();
        assertThat(Readings.labelIn(regional, new Locale("nl"))).isEqualTo("verzoek BY → LT, via Arab Interior Ministers' Council");
    }

    @Test
    void everyKindOfRecordReadsWithoutCodesInEveryLanguage() {
        List<RegistryRecord> records = List.of(
                request().build(),
                request().type(CooperationRequest.Type.DIFFUSION).build(),
                request().type(CooperationRequest.Type.PROXY_COMPLAINT).build(),
                decision("d", "request-fixture", Decision.Outcome.NOTICE_DELETED, LocalDate.of(2016, 5, 3), List.of()),
                refugee("p", HOST, REQUESTING, LocalDate.of(2015, 1, 1)),
                incident("i", Incident.Tactic.ABDUCTION_OR_RENDITION, REQUESTING, HOST, LocalDate.of(2019, 2, 1), List.of(), List.of()));
        for (Locale language : LANGUAGES) {
            for (RegistryRecord record : records) {
                assertThat(Readings.labelIn(record, language)).as(record.id() + " in " + language).doesNotContainPattern(CODE);
            }
        }
        assertThat(Readings.labelIn(records.get(3), Locale.FRENCH)).endsWith("(3 mai 2016)");
        assertThat(Readings.labelIn(records.get(4), Locale.ENGLISH)).isEqualTo("refugee (LT, from BY)");
        assertThat(Readings.labelIn(records.get(5), Locale.ENGLISH)).startsWith("abduction").endsWith("by BY (1 February 2019)");
    }
}
