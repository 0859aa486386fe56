package org.tutela.benchmarks.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.benchmarks.matching.BenchName;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void clusterLinesBecomeOneEntityWithEvidence() throws IOException {
        Path file = dir.resolve("clusters.jsonl");
        Files.writeString(file, """
                {"names": ["Marta KOVALENKO", "Марта КОВАЛЕНКО"], "birthDate": "3.7.1980", "nationality": "Invented", "gender": "Female"}

                {"names": ["Oleg Marchuk"], "birthDate": "", "nationality": "", "gender": ""}
                """);
        List<BenchName> names = NameDatasets.euClusters(file);
        assertThat(names).extracting(BenchName::entityId).containsExactly("eu-1", "eu-1", "eu-3");
        assertThat(names.get(1).text()).isEqualTo("Марта КОВАЛЕНКО");
        assertThat(names.get(0).birthDate()).contains("1980-07-03");
        assertThat(names.get(0).gender()).contains("female");
        assertThat(names.get(2).birthDate()).isEmpty();
    }

    @Test
    void aBadLineIsNamedWithItsNumber() throws IOException {
        Path file = dir.resolve("clusters.jsonl");
        Files.writeString(file, "{\"names\": [\"A B\"]}\n{\"names\": [\"C D\"\n");
        assertThatThrownBy(() -> NameDatasets.euClusters(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("clusters.jsonl, line 2");
        Files.writeString(file, "{\"names\": []}\n");
        assertThatThrownBy(() -> NameDatasets.euClusters(file)).hasMessageContaining("line 1: field 'names'");
    }

    @Test
    void ofacAliasesJoinTheirEntity() throws IOException {
        Path file = dir.resolve("ofac.jsonl");
        Files.writeString(file, """
                {"ent_num": "7", "name": "MARCHUK, Oleg", "aliases": [{"type": "aka", "name": "MARCHUK, Oleh"}], "remarks": "DOB 13 Jan 1967; nationality Invented Land; Gender Male"}
                """);
        List<BenchName> names = NameDatasets.ofacClusters(file);
        assertThat(names).extracting(BenchName::text).containsExactly("MARCHUK, Oleg", "MARCHUK, Oleh");
        assertThat(names).extracting(BenchName::entityId).containsOnly("ofac-7");
        assertThat(names.get(0).birthDate()).contains("1967-01-13");
        assertThat(names.get(0).nationality()).contains("invented land");
        assertThat(names.get(0).gender()).contains("male");
    }

    @Test
    void yenteRowsAlignByRowNumber() throws IOException {
        Path file = dir.resolve("persons.csv");
        Files.writeString(file, """
                full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality
                "KOVALENKO, Marta",,,,,1980,"Somewhere, Nowhere",xx
                Oleg Marchuk,Oleg,,Marchuk,male,1969-7-6,,
                """);
        List<BenchName> names = NameDatasets.yentePersons(file, "un");
        assertThat(names).extracting(BenchName::id).containsExactly("un-0", "un-1");
        assertThat(names.get(0).text()).isEqualTo("KOVALENKO, Marta");
        assertThat(names.get(1).birthDate()).contains("1969-07-06");
        assertThat(names.get(1).birthYear()).contains("1969");
    }

    @Test
    void unRowsGivePrimaryOriginalAndAliasesOfOnePerson() throws IOException {
        Path file = dir.resolve("un.csv");
        Files.writeString(file, """
                dataid,reference,latin_name,original_script,aliases,dob,nationality
                1,QDi.1,MUHAMMAD YUNIS AHMAD,محمد يونس أحمد,Good:Mohamed Younis | Low:Abu Ahmad,1949-06-06;1950,Iraq
                2,CDi.2,ERIC BADEGE,,,1971,
                """);
        List<BenchName> all = NameDatasets.unIndividuals(file, false);
        assertThat(all).extracting(BenchName::text)
                .containsExactly("MUHAMMAD YUNIS AHMAD", "محمد يونس أحمد", "Mohamed Younis", "Abu Ahmad", "ERIC BADEGE");
        assertThat(all).extracting(BenchName::entityId).containsExactly("un-1", "un-1", "un-1", "un-1", "un-2");
        assertThat(all.get(0).birthDate()).contains("1949-06-06");
        assertThat(NameDatasets.unIndividuals(file, true)).extracting(BenchName::text)
                .containsExactly("MUHAMMAD YUNIS AHMAD", "محمد يونس أحمد", "ERIC BADEGE");
    }

    @Test
    void labelledPairsNeedATrueOrFalseLabel() throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, """
                case_group,schema,name1,name2,is_match,quality,category,notes
                nk_checks,Person,Marta Kovalenko,Marta Kowalenko,true,STRONG,,
                synth_people,Person,Oleg Marchuk,Olga Marchuk,false,MEDIUM,LLM-proposed deviation,
                """);
        List<LabelledPair> pairs = NameDatasets.nomenklaturaCases(file);
        assertThat(pairs).extracting(LabelledPair::origin)
                .containsExactly(LabelledPair.Origin.HAND_CURATED, LabelledPair.Origin.MACHINE_GENERATED);
        Files.writeString(file, "case_group,schema,name1,name2,is_match,quality,category,notes\nx,Person,a,b,maybe,,,\n");
        assertThatThrownBy(() -> NameDatasets.nomenklaturaCases(file)).hasMessageContaining("line 2")
                .hasMessageContaining("is_match");
    }

    @Test
    void datesAreReadAsPreciselyAsWritten() {
        assertThat(Evidence.birthDate("22.10.1974")).contains("1974-10-22");
        assertThat(Evidence.birthDate("1958")).contains("1958");
        assertThat(Evidence.birthDate("1969-7")).contains("1969-07");
        assertThat(Evidence.birthDate("circa 1960, or 1.2.1961")).contains("1961-02-01");
        assertThat(Evidence.birthDate("unknown")).isEqualTo(Optional.empty());
    }
}
