package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.core.screening.Fixtures.HOST;
import static org.tutela.core.screening.Fixtures.NEIGHBOUR;
import static org.tutela.core.screening.Fixtures.REQUESTING;
import static org.tutela.core.screening.Fixtures.THIRD;
import static org.tutela.core.screening.Fixtures.company;
import static org.tutela.core.screening.Fixtures.decision;
import static org.tutela.core.screening.Fixtures.incident;
import static org.tutela.core.screening.Fixtures.person;
import static org.tutela.core.screening.Fixtures.proceeding;
import static org.tutela.core.screening.Fixtures.refugee;
import static org.tutela.core.screening.Fixtures.registry;
import static org.tutela.core.screening.Fixtures.relation;
import static org.tutela.core.screening.Fixtures.request;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Relationship;
import org.tutela.core.screening.Outcome.Fired;
import org.tutela.core.screening.Outcome.NotEvaluable;
import org.tutela.core.screening.Outcome.NotFired;
import static org.tutela.core.screening.FlagChecks.*;

/** Flag 14 on its own minimal fixtures. */
class Flag14EvidenceTest {
    @Test
    void firesOnNearIdenticalStatementsOfDifferentWitnesses() {
        String reordered = "I saw the documents on his desk and recognised the signature of the accused on each page. "
                + "On the evening of the twelfth of March I was at the office of the company on Lenin street. "
                + "He said that the accused had personally ordered the transfer and signed the payment orders himself. "
                + "The director told me that the money from the state contract had to be moved to an account abroad. "
                + "Later the accountant confirmed to me that more than two million had left the company in this way.";
        var req = request().target("person-exile")
                .attach("record-1", Attachment.Kind.INTERROGATION_RECORD, "Witness One", STATEMENT)
                .attach("record-2", Attachment.Kind.INTERROGATION_RECORD, "Witness Two", reordered).build();
        assertThat(fired(outcome("TNR-14", req, registry(exile()))).facts()).singleElement()
                .satisfies(f -> assertThat(f.statement()).contains("record-1", "record-2", "containment"));
        // the report carries the shared passages, as offsets into each attachment, for highlighting
        ScreeningReport report = SCREENING.screen(req, registry(exile()), AS_OF);
        assertThat(report.similarStatements()).singleElement().satisfies(s -> {
            assertThat(s.first()).isEqualTo("record-1");
            // a passage starts and ends on five words the two texts share, whatever edits it bridges
            assertThat(s.similarity().passages()).isNotEmpty().allSatisfy(p -> {
                List<String> first = List.of(p.inFirst(STATEMENT).toLowerCase().split("\\W+"));
                List<String> second = List.of(p.inSecond(reordered).toLowerCase().split("\\W+"));
                assertThat(first.subList(0, 5)).isEqualTo(second.subList(0, 5));
                assertThat(first.subList(first.size() - 5, first.size())).isEqualTo(second.subList(second.size() - 5, second.size()));
            });
        });
    }

    @Test
    void firesOnAConvictionInAbsentia() {
        var theCase = proceeding("proceeding-case", REQUESTING, "17-001", List.of("person-exile"), List.of(), Proceeding.Type.CRIMINAL);
        var conviction = new Decision(RecordId.of("decision-conviction"), RecordId.of("proceeding-case"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(ApproximateDate.on(2020, 5, 1)), Decision.Outcome.CONVICTED, java.util.Set.of(),
                java.util.Optional.of("sentenced to 12 years"), List.of(RecordId.of("person-exile")),
                Fixtures.cited(LocalDate.of(2020, 5, 1)), true);
        fired(outcome("TNR-14", request().target("person-exile").proceeding("proceeding-case").build(), registry(exile(), theCase, conviction)));
    }

    @Test
    void doesNotFireOnDifferentStatementsOrTheSameWitnessTwice() {
        String other = "I work as a driver and I did not see any documents. On that day I drove the director to the airport "
                + "and waited for him for three hours. He did not speak to me about money or about any transfer. "
                + "I do not know the accused personally and have only seen him twice at company parties in the summer.";
        var req = request().target("person-exile")
                .attach("record-1", Attachment.Kind.WITNESS_STATEMENT, "Witness One", STATEMENT)
                .attach("record-2", Attachment.Kind.WITNESS_STATEMENT, "Witness Two", other)
                .attach("record-3", Attachment.Kind.WITNESS_STATEMENT, "witness one", STATEMENT).build();
        assertThat(outcome("TNR-14", req, registry(exile()))).isInstanceOf(NotFired.class);
    }

    @Test
    void cannotTellWithoutStatementsOrWhenTheyAreNotText() {
        notEvaluable(outcome("TNR-14", request().target("person-exile").build(), registry(exile())));
        var pdf = request().target("person-exile")
                .attach("scan-1", Attachment.Kind.INTERROGATION_RECORD, "A", "%PDF-1.7 4 0 obj << /Length 5 >> stream")
                .attach("scan-2", Attachment.Kind.INTERROGATION_RECORD, "B", STATEMENT).build();
        assertThat(notEvaluable(outcome("TNR-14", pdf, registry(exile()))).missing()).contains("scan-1", "PDF");
    }
}
