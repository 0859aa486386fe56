package org.tutela.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Samples;

/** Valid time in the JSON form of a person: the old bare values read unchanged, so stored records need no migration. */
class HeldJsonTest {
    private final RecordJson json = new RecordJson();

    /** A person as stored before valid time existed: nationalities, residences and roles as bare values. */
    private static final String STORED_BEFORE_VALID_TIME = """
            {"gender":"FEMALE","id":"person-old","names":[{"full":"Botagoz Jardemalie","kind":"PRIMARY"}],
             "nationalities":["KZ"],"provenance":{"citations":[]},"residences":["BE"],"roles":["LAWYER","HUMAN_RIGHTS_DEFENDER"]}""";

    @Test
    void aPersonStoredBeforeValidTimeReadsAsHeldWithNoDatesAndIsWrittenBackTheSame() {
        Person p = (Person) json.readStored(RecordKind.PERSON, STORED_BEFORE_VALID_TIME);
        assertThat(p.nationalities()).containsExactly(Held.of(Country.of("KZ")));
        assertThat(p.residences()).containsExactly(Held.of(Country.of("BE")));
        assertThat(p.roles()).containsExactly(Held.of(Person.Role.LAWYER), Held.of(Person.Role.HUMAN_RIGHTS_DEFENDER));
        assertThat(p.roles()).noneMatch(Held::dated);
        String written = json.write(p);
        assertThat(written).contains("\"nationalities\":[\"KZ\"]", "\"residences\":[\"BE\"]", "\"roles\":[\"LAWYER\",\"HUMAN_RIGHTS_DEFENDER\"]");
        assertThat(json.read(RecordKind.PERSON, written)).isEqualTo(p);
    }

    @Test
    void aDatedFactIsAnObjectAndRoundTripsWithItsApproximateEndsAndSource() {
        Person brother = Samples.brother();
        String written = json.write(brother);
        assertThat(written).contains("\"nationalities\":[\"BY\"]")
                .contains("{\"from\":\"2015\",\"source\":{\"passage\":\"studied in Vilnius\",\"source\":\"" + Samples.SOURCE_2.value()
                        + "\"},\"until\":\"2018~\",\"value\":\"LT\"}")
                .contains("{\"from\":\"2019-03\",\"value\":\"BY\"}")
                .contains("\"roles\":[{\"from\":\"2017\",\"value\":\"ACTIVIST\"}]");
        assertThat(json.read(RecordKind.PERSON, written)).isEqualTo(brother);
        assertThat(json.readStored(RecordKind.PERSON, written)).isEqualTo(brother);
        assertThat(brother.referencedIds()).contains(Samples.SOURCE_2);
    }

    @Test
    void theObjectFormWithOnlyAValueIsHeldWithNoDatesAndBothFormsMixInOneList() {
        Person p = (Person) json.read(RecordKind.PERSON, STORED_BEFORE_VALID_TIME.replace("\"roles\":[\"LAWYER\",",
                "\"roles\":[{\"value\":\"lawyer\"},{\"value\":\"JOURNALIST\",\"from\":\"../2013\",\"until\":\"2016-05-01\"},"));
        assertThat(p.roles()).containsExactly(Held.of(Person.Role.LAWYER),
                Held.between(Person.Role.JOURNALIST, ApproximateDate.of("../2013"), ApproximateDate.on(2016, 5, 1)),
                Held.of(Person.Role.HUMAN_RIGHTS_DEFENDER));
    }

    @Test
    void badValidTimeIsRefusedNamingTheField() {
        record Case(String replacement, String field, String says) {
        }
        for (Case c : List.of(
                new Case("\"residences\":[{\"value\":\"BE\",\"from\":\"2016-13\"}]", "residences[0]", "not a date"),
                new Case("\"residences\":[{\"value\":\"BE\",\"from\":2016}]", "residences[0]", "not a date"),
                new Case("\"residences\":[{\"value\":\"BE\",\"since\":\"2016\"}]", "residences[0]", "not a field"),
                new Case("\"residences\":[{\"value\":\"BE\",\"from\":\"2019\",\"until\":\"2016\"}]", "residences[0].until", "before it starts"),
                new Case("\"residences\":[{\"from\":\"2016\"}]", "residences[0].value", ""),
                new Case("\"residences\":[{\"value\":\"Belgium\"}]", "residences[0]", "")
        )) {
            String text = STORED_BEFORE_VALID_TIME.replace("\"residences\":[\"BE\"]", c.replacement());
            assertThatThrownBy(() -> json.read(RecordKind.PERSON, text)).as(c.replacement())
                    .isInstanceOfSatisfying(RecordFormatException.class, e -> {
                        assertThat(e.field()).startsWith(c.field());
                        assertThat(e.getMessage()).contains(c.says);
                    });
        }
    }

    @Test
    void heldWithACitationIsNotTheSameAsHeldWithout() {
        Held<Country> plain = Held.since(Country.of("BE"), ApproximateDate.year(2016));
        assertThat(plain.citing(Citation.of(Samples.SOURCE))).isNotEqualTo(plain);
    }
}
