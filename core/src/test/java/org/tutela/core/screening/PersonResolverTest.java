package org.tutela.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Samples;

class PersonResolverTest {
    static final RecordSet SAMPLES = RecordSet.of(Samples.all());

    @Test
    void recordedTakesTheRequestsOwnResolutionAsConfirmedAndGuessesNothing() {
        var resolved = new NamedPerson("КАВАЛЕНКА Надзея", Optional.of(Samples.TARGET), NamedPerson.Role.TARGET, Optional.empty());
        assertThat(PersonResolver.recorded().resolve(resolved, SAMPLES)).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo(Samples.TARGET);
            assertThat(r.status()).isEqualTo(Resolution.Status.CONFIRMED);
        });
        var unresolved = new NamedPerson("KAVALENKA N.", Optional.empty(), NamedPerson.Role.TARGET, Optional.empty());
        assertThat(PersonResolver.recorded().resolve(unresolved, SAMPLES)).isEmpty();
    }

    @Test
    void recordedThenAddsTheMatchersOtherCandidates() {
        PersonResolver matcher = (named, view) -> List.of(
                new Resolution(Samples.TARGET, 0.9, "same name in another script", Resolution.Status.SUGGESTED),
                new Resolution(Samples.BROTHER, 0.4, "same surname", Resolution.Status.SUGGESTED));
        var resolved = new NamedPerson("КАВАЛЕНКА Надзея", Optional.of(Samples.TARGET), NamedPerson.Role.TARGET, Optional.empty());
        assertThat(PersonResolver.recordedThen(matcher).resolve(resolved, SAMPLES))
                .extracting(Resolution::person, Resolution::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Samples.TARGET, Resolution.Status.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(Samples.BROTHER, Resolution.Status.SUGGESTED));
        var unresolved = new NamedPerson("KAVALENKA N.", Optional.empty(), NamedPerson.Role.TARGET, Optional.empty());
        Identification identification = new Identification(unresolved, PersonResolver.recordedThen(matcher).resolve(unresolved, SAMPLES));
        assertThat(identification.confirmed()).isEmpty();
        assertThat(identification.suggested()).hasSize(2);
    }

    @Test
    void aResolutionToARecordNotYetKnownSaysSo() {
        var resolved = new NamedPerson("X", Optional.of(RecordId.of("person-later")), NamedPerson.Role.TARGET, Optional.empty());
        assertThat(PersonResolver.recorded().resolve(resolved, SAMPLES.asOf(LocalDate.of(2020, 1, 1))))
                .singleElement().satisfies(r -> assertThat(r.explanation()).contains("not in the registry"));
    }
}
