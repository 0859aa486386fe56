package org.tutela.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NamePart;

/** The person encoding: the same person in two scripts is close, another person or another birth year is not, nothing shows the name. */
class PersonEncodingTest {
    static final NameAnalyser NAMES = NameAnalyser.standard();
    static final PersonEncoding GROUP = new PersonEncoding(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));

    static String encode(PersonEncoding e, String name, int year, String sex) {
        List<List<String>> keys = NAMES.analyse(name).parts().stream().map(NamePart::keySet).map(List::copyOf).toList();
        return e.encode(keys, year, sex);
    }

    @Test
    void hkdfGivesRfc5869sFirstTestVector() {
        byte[] okm = Hkdf.derive(HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                HexFormat.of().parseHex("000102030405060708090a0b0c"), HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertThat(HexFormat.of().formatHex(okm))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void theSamePersonInAnotherScriptIsCloseAndAnotherPersonIsNot() {
        String latin = encode(GROUP, "JARDEMALIE Botagoz", 1975, "female");
        String cyrillic = encode(GROUP, "Джардемали Ботагоз", 1975, "female");
        String other = encode(GROUP, "Iskander Yerimbetov", 1975, "female");
        double same = GROUP.similarity(latin, cyrillic);
        double different = GROUP.similarity(latin, other);
        assertThat(same).isGreaterThanOrEqualTo(ProtectedMatching.THRESHOLD);
        assertThat(different).isLessThan(ProtectedMatching.THRESHOLD - 0.2);
    }

    @Test
    void anotherBirthYearOrAnotherGroupsSecretMakesAnUnrelatedEncoding() {
        String born1975 = encode(GROUP, "JARDEMALIE Botagoz", 1975, "female");
        String born1976 = encode(GROUP, "JARDEMALIE Botagoz", 1976, "female");
        PersonEncoding otherGroup = new PersonEncoding(new byte[32]);
        String elsewhere = encode(otherGroup, "JARDEMALIE Botagoz", 1975, "female");
        String unrelated = encode(GROUP, "Iskander Yerimbetov", 1980, "male");
        double baseline = GROUP.similarity(born1975, unrelated);
        assertThat(GROUP.similarity(born1975, born1976)).isLessThan(baseline + 0.15).isLessThan(ProtectedMatching.THRESHOLD - 0.2);
        assertThat(GROUP.similarity(born1975, elsewhere)).isLessThan(baseline + 0.15).isLessThan(ProtectedMatching.THRESHOLD - 0.2);
        // without the group's key, the balanced form compares every pair alike: nothing to learn from it
        assertThat(Math.abs(PersonEncoding.dice(born1975, born1976) - PersonEncoding.dice(born1975, unrelated))).isLessThan(0.1);
    }

    @Test
    void everyEncodingHasHalfItsBitsSetSoItsWeightSaysNothingOfTheName() {
        for (String name : List.of("Li Wei", "Botagoz Jardemalie", "Mukhtar Kabulovich Ablyazov", "Uladzimir Uladzimiravich NAVUMAU")) {
            assertThat(PersonEncoding.bits(encode(GROUP, name, 1970, "male")).cardinality()).isEqualTo(PersonEncoding.BITS);
        }
        assertThat(encode(GROUP, "Botagoz Jardemalie", 1975, "female")).doesNotContainIgnoringCase("botagoz");
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> new PersonEncoding(new byte[8])).hasMessageContaining("secret: a group's encoding secret has at least 32 bytes");
        assertThatThrownBy(() -> PersonEncoding.dice("AAAA", "AAAA")).hasMessageContaining("encoding: 3 bytes");
        assertThatThrownBy(() -> GROUP.encode(List.of(List.of()), 1970, "male")).hasMessageContaining("name: has no romanisation key");
        assertThat(PersonEncoding.of(PersonEncoding.newSecret())).isNotNull();
    }
}
