package org.tutela.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;

class IdentityConfirmationTest {
    @Test
    void theNamedPersonIsResolvedAndTheNameKeptAsWritten() {
        CooperationRequest confirmed = IdentityConfirmation.confirm(FileFixtures.request(), 1, RecordId.of("person-other"));
        assertThat(confirmed.persons().get(0).person()).contains(RecordId.of("person-other"));
        assertThat(confirmed.persons().get(0).asWritten()).isEqualTo("Jane Doe");
        assertThat(confirmed.measures()).isEqualTo(FileFixtures.request().measures());
    }

    @Test
    void aPersonTheRequestDoesNotNameIsRefusedNamingTheRequest() {
        assertThatThrownBy(() -> IdentityConfirmation.confirm(FileFixtures.request(), 2, RecordId.of("person-other")))
                .isInstanceOf(WorkflowInputException.class).hasMessageContaining("request-fixture-mla").hasMessageContaining("named");
    }
}
