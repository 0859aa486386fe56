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
            assertThat(json.readStored(record.kind(), text)).as("read as stored, in one pass").isEqualTo(record);
        }
    }

    @Test
    void datesAreReadAsPreciseAsTheyAreWrittenAndOldDaysStayDays() {
        var request = Samples.mlaRequest();
        String old = json.write(request);
        assertThat(old).contains("\"date\":\"2021-02-10\"");
        var back = (org.tutela.core.registry.CooperationRequest) json.read(request.kind(), old);
        assertThat(back.date()).contains(org.tutela.core.registry.ApproximateDate.on(2021, 2, 10));
        assertThat(back.date().orElseThrow().isDay()).isTrue();

        for (String form : java.util.List.of("2021", "2021-02", "2021~", "2020/2021", "../2021-02", "2020-11/..")) {
            String text = old.replace("\"date\":\"2021-02-10\"", "\"date\":\"" + form + "\"");
            var read = (org.tutela.core.registry.CooperationRequest) json.read(request.kind(), text);
            assertThat(read.date().orElseThrow().text()).isEqualTo(form);
            assertThat(json.write(read)).contains("\"date\":\"" + form + "\"");
        }
    }

    @Test
    void aDateThatIsNotOneIsRefusedNamingTheField() {
        String old = json.write(Samples.mlaRequest());
        for (String wrong : java.util.List.of("\"date\":2021", "\"date\":\"10/02/2021\"", "\"date\":\"2021-02-30\"", "\"date\":\"2022/2021\"")) {
            String text = old.replace("\"date\":\"2021-02-10\"", wrong);
            assertThatThrownBy(() -> json.read(RecordKind.COOPERATION_REQUEST, text)).as(wrong)
                    .isInstanceOfSatisfying(RecordFormatException.class, e -> {
                        assertThat(e.field()).isEqualTo("date");
                        assertThat(e.getMessage()).contains("not a date").doesNotContain("ApproximateDate");
                    });
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
    void aRequestAddressedToAllInterpolMembersOrThroughARegionalBodyRoundTripsAndOldFilesStillRead() {
        var request = Samples.mlaRequest();
        for (var addressee : java.util.List.of(org.tutela.core.registry.CooperationRequest.Addressee.allInterpolMembers(),
                new org.tutela.core.registry.CooperationRequest.Addressee(org.tutela.core.registry.CooperationRequest.Addressee.Reach.REGIONAL_BODY,
                        java.util.Optional.of("Arab Interior Ministers' Council"), java.util.List.of(org.tutela.core.registry.Country.of("AE"))))) {
            var addressed = new org.tutela.core.registry.CooperationRequest(request.id(), request.type(), request.requestingState(),
                    request.requestedState(), request.date(), request.referenceNumbers(), request.requestingAuthority(),
                    request.proceeding(), request.persons(), request.offences(), request.allegedFacts(), request.measures(),
                    request.legalBases(), request.channel(), java.util.Optional.of(addressee), request.onBehalfOf(), request.complainants(),
                    request.attachments(), request.provenance());
            String text = json.write(addressed);
            assertThat(text).contains("\"addressee\":{").contains("\"reach\":\"" + addressee.reach() + "\"");
            assertThat(json.read(addressed.kind(), text)).isEqualTo(addressed);
        }
        String old = json.write(request);
        assertThat(old).doesNotContain("addressee");
        var back = (org.tutela.core.registry.CooperationRequest) json.read(request.kind(), old);
        assertThat(back.addressee()).isEmpty();
        assertThat(back.addressedTo(request.requestedState())).isTrue();
        assertThat(back.addressedTo(org.tutela.core.registry.Country.of("FR"))).isFalse();
        String withoutBody = old.replace("\"channel\"", "\"addressee\":{\"reach\":\"REGIONAL_BODY\"},\"channel\"");
        assertThatThrownBy(() -> json.read(request.kind(), withoutBody))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).contains("addressee"))
                .hasMessageContaining("names the body");
    }

    @Test
    void aStoredRecordThatCannotBeReadSaysWhy() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readStored(org.tutela.core.registry.RecordKind.PERSON, "{\"id\": "))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("malformed JSON");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readStored(org.tutela.core.registry.RecordKind.PERSON, "{\"id\": \"person-x\"}"))
                .isInstanceOf(RecordFormatException.class);
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
