package org.tutela.core.screening;

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
import org.tutela.core.registry.Country;
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

/** What the tests of each red flag share: the screening, the date, the exile and her relatives, and checks on outcomes. Each flag is tested on its own fixtures in FlagNN...Test. */
final class FlagChecks {
    private FlagChecks() {
    }

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);
    static final Screening SCREENING = Screening.standard();

    static Outcome outcome(String flag, CooperationRequest request, RecordSet registry) {
        return SCREENING.screen(request, registry, AS_OF).result(flag).orElseThrow().outcome();
    }

    /** The outcome of {@code flag} when the requests' files record {@code breaches} (by request). */
    static Outcome outcome(String flag, CooperationRequest request, RecordSet registry, java.util.Map<RecordId, List<org.tutela.core.requests.BreachFact>> breaches) {
        return SCREENING.readingBreaches(r -> breaches.getOrDefault(r.id(), List.of())).screen(request, registry, AS_OF)
                .result(flag).orElseThrow().outcome();
    }

    /** A breach of {@code kind} on the request {@code request} of {@code state}, on {@code on}, recorded in its file's entry 4. */
    static org.tutela.core.requests.BreachFact breach(String request, Country state, org.tutela.core.requests.Condition.Kind kind, LocalDate on) {
        return new org.tutela.core.requests.BreachFact(RecordId.of(request), state, List.of(RecordId.of("person-exile")),
                new org.tutela.core.requests.BreachFact.ConditionBreached(kind, java.util.Optional.empty()), on, 4,
                List.of(org.tutela.core.requests.Evidence.of(Fixtures.SOURCE.value(), "the breach as the source reports it")));
    }

    static Person exile() {
        return person("person-exile", List.of(REQUESTING), List.of(HOST));
    }

    static Fired fired(Outcome o) {
        assertThat(o).isInstanceOf(Fired.class);
        return (Fired) o;
    }

    static NotEvaluable notEvaluable(Outcome o) {
        assertThat(o).isInstanceOf(NotEvaluable.class);
        NotEvaluable n = (NotEvaluable) o;
        assertThat(n.questions()).isNotEmpty().allSatisfy(q -> assertThat(q.text()).isNotBlank());
        return n;
    }



    static Person brother() {
        return person("person-brother", List.of(REQUESTING), List.of(REQUESTING));
    }

    static Relationship siblings() {
        return relation("rel-siblings", Relationship.Type.FAMILY, "person-exile", "person-brother", null);
    }












    static final String STATEMENT = "On the evening of the twelfth of March I was at the office of the company on Lenin street. "
            + "The director told me that the money from the state contract had to be transferred to an account abroad. "
            + "He said the accused had personally ordered the transfer and signed the payment orders himself. "
            + "I saw the documents on his desk and recognised the signature of the accused on every page. "
            + "Later the accountant confirmed to me that more than two million had left the company in this way.";



}
