package org.tutela.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordSetTest {

    private final RecordSet set = RecordSet.of(Samples.all());

    @Test
    void findsWhatReferencesARecord() {
        assertThat(set.referencing(Samples.TARGET, ProtectionStatus.class)).hasSize(1);
        assertThat(set.referencing(Samples.CASE)).extracting(RegistryRecord::id)
                .contains(Samples.REQUEST, RecordId.of("decision-sample-finding"));
    }

    @Test
    void asOfHidesWhatCameLater() {
        RegistryView before = set.asOf(LocalDate.of(2021, 3, 1));
        assertThat(before.get(RecordId.of("decision-sample-finding"))).isEmpty();
        assertThat(before.get(Samples.REQUEST)).isPresent();
        assertThat(before.get(Samples.TARGET)).isPresent();
        assertThat(set.asOf(LocalDate.of(2021, 6, 1)).get(RecordId.of("decision-sample-finding"))).isPresent();
    }

    @Test
    void conflictingClaimsAreFoundNotMerged() {
        List<Conflict> conflicts = Conflict.among(Samples.conflictingDates());
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.property()).isEqualTo("date");
            assertThat(c.claims()).extracting(Claim::value).containsExactly("2021-05-05", "2021-05-12");
        });
        assertThat(Conflict.among(List.of(Samples.conflictingDates().get(0)))).isEmpty();
    }

    @Test
    void recordsRefuseBadValuesNamingTheField() {
        assertThatThrownBy(() -> Country.of("ZZ")).isInstanceOf(InvalidRecordException.class).hasMessageContaining("ZZ");
        assertThatThrownBy(() -> new Person(RecordId.of("p"), List.of(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), Optional.empty(), null))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("names"));
        assertThatThrownBy(() -> PersonName.of("bad\u0000name", PersonName.Kind.ALIAS))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> PersonName.of("x\uD800y", PersonName.Kind.ALIAS))
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> RecordId.of("../etc/passwd")).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> Provenance.of(LocalDate.of(2020, 1, 1)).validTo(LocalDate.of(2019, 1, 1)))
                .hasMessageContaining("provenance.validTo");
    }

    @Test
    void requestsKnowTheirTargetsAndMeasures() {
        CooperationRequest request = Samples.mlaRequest();
        assertThat(request.targets()).containsExactly(Samples.TARGET);
        assertThat(request.asks(CooperationRequest.Measure.Kind.SEIZE_DEVICES)).isTrue();
        assertThat(request.referencedIds()).contains(Samples.CASE, Samples.TARGET, Samples.SOURCE, Samples.PROSECUTOR);
    }

    @Test
    void anOverlayAddsAndReplacesWithoutTouchingTheRegistry() {
        Person renamed = new Person(Samples.TARGET, List.of(PersonName.of("Nadia Kovalenko", PersonName.Kind.PRIMARY)),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), null);
        Relationship lawyer = new Relationship(RecordId.of("rel-overlay"), Relationship.Type.LAWYER_CLIENT, Samples.BROTHER,
                Samples.TARGET, Optional.empty(), Provenance.none());
        RegistryView view = set.with(List.of(renamed, lawyer));
        assertThat(view.get(Samples.TARGET)).contains(renamed);
        assertThat(view.all(Person.class)).hasSize(2).contains(renamed);
        assertThat(view.referencing(Samples.TARGET, Relationship.class)).hasSize(2);
        assertThat(set.referencing(Samples.TARGET, Relationship.class)).hasSize(1);
        assertThat(view.asOf(LocalDate.of(2021, 3, 1)).get(RecordId.of("decision-sample-finding"))).isEmpty();
    }
}
