package org.tutela.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;

class RecordJsonTest {
    private final RecordJson json = new RecordJson();

    @Test
    void everyKindRoundTrips() {
        for (RegistryRecord record : Samples.all()) {
            String text = json.write(record);
            assertThat(json.read(record.kind(), text)).isEqualTo(record);
            assertThat(json.read(json.toTreeWithKind(record))).isEqualTo(record);
        }
    }

    @Test
    void anEventWithoutItsOwnDateStaysWithoutOne() {
        var request = Samples.mlaRequest();
        var undated = new org.tutela.core.registry.CooperationRequest(request.id(), request.type(), request.requestingState(),
                request.requestedState(), java.util.Optional.empty(), request.referenceNumbers(), request.requestingAuthority(),
                request.proceeding(), request.persons(), request.offences(), request.allegedFacts(), request.measures(),
                request.legalBases(), request.channel(), request.onBehalfOf(), request.complainants(), request.attachments(),
                request.provenance());
        RegistryRecord back = json.read(undated.kind(), json.write(undated));
        assertThat(back).isEqualTo(undated);
        assertThat(((org.tutela.core.registry.CooperationRequest) back).date()).isEmpty();
        assertThat(back.eventDate()).isEqualTo(request.provenance().validFrom());
    }

    @Test
    void valuesAreBareStrings() {
        String text = json.write(Samples.mlaRequest());
        assertThat(text).contains("\"requestingState\":\"BY\"").contains("\"proceeding\":\"proceeding-sample-case\"")
                .contains("\"date\":\"2021-02-10\"");
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> json.read(RecordKind.PERSON, "{\"id\":\"p1\",\"names\":[{\"full\":\"A\"}],\"birthDate\":\"1999-13-45\"}"))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).isEqualTo("birthDate"))
                .hasMessageContaining("1999-13-45");
        assertThatThrownBy(() -> json.read(RecordKind.PERSON, "{\"id\":\"p1\",\"names\":[{\"full\":\"A\"}],\"nationalities\":[\"QQ\"]}"))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).startsWith("nationalities"))
                .hasMessageContaining("QQ");
        assertThatThrownBy(() -> json.read(RecordKind.PERSON, "{\"id\":\"p1\",\"names\":[]}"))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).isEqualTo("names"));
        assertThatThrownBy(() -> json.read(RecordKind.PERSON, "{\"id\":\"p1\",\"names\":[{\"full\":\"A\"}],\"shoeSize\":3}"))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).isEqualTo("shoeSize"));
        assertThatThrownBy(() -> json.read(RecordKind.PERSON, "{\"id\":"))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void fieldsAreFlattenedForSearch() {
        var fields = json.fields(Samples.target());
        assertThat(fields.get("names.full")).contains("Nadzeya Kavalenka", "Надзея Каваленка");
        assertThat(fields.get("nationalities")).containsExactly("BY");
    }
}
