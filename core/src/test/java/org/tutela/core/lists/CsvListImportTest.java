package org.tutela.core.lists;

import org.junit.jupiter.api.Test;
import org.tutela.core.names.BirthDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;

import java.io.StringReader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvListImportTest {
    private static final WatchList.ListInfo INFO = new WatchList.ListInfo("test-wanted", "Wanted persons", "Interior ministry",
            LocalDate.of(2026, 1, 15), true);
    private static final ColumnMapping MAPPING = ColumnMapping.ofName("full name").withId("no").withAliases("aka")
            .withBirthDate("born").withGender("sex").withNationality("citizenship").withReference("case").withSourceUrl("link");

    private static WatchList read(String csv) throws Exception {
        return CsvListImport.read("wanted.csv", new StringReader(csv), INFO, MAPPING);
    }

    @Test
    void readsEntriesWithEveryMappedField() throws Exception {
        WatchList list = read("""
                no,full name,aka,born,sex,citizenship,case,link
                17,"HRYNKO, Oksana",Оксана Гринько;Oksana Grinko,14.03.1979,f,UA;PL,12-345,https://example.org/17
                18,Pavlo Demchuk,,1961,,,,
                """);
        assertThat(list.id()).isEqualTo("test-wanted");
        assertThat(list.isPublic()).isTrue();
        assertThat(list.entries()).hasSize(2);
        ListEntry e = list.entries().get(0);
        assertThat(e.id()).isEqualTo("17");
        assertThat(e.names()).containsExactly("HRYNKO, Oksana", "Оксана Гринько", "Oksana Grinko");
        assertThat(e.birthDate()).contains(BirthDate.parse("1979-03-14"));
        assertThat(e.gender()).contains(Person.Gender.FEMALE);
        assertThat(e.nationalities()).containsExactly(Country.of("UA"), Country.of("PL"));
        assertThat(e.reference()).contains("12-345");
        assertThat(e.sourceUrl()).contains("https://example.org/17");
        assertThat(list.entries().get(1).birthDate()).contains(BirthDate.ofYear(1961));
        assertThat(list.entries().get(1).gender()).isEmpty();
    }

    @Test
    void namesFromSeparateColumnsAreJoined() throws Exception {
        ColumnMapping parts = ColumnMapping.ofName("name").withParts("first", "middle", "last");
        WatchList list = CsvListImport.read("p.csv", new StringReader("name,first,middle,last\n,Pavlo,Ivanovych,Demchuk\n"), INFO, parts);
        assertThat(list.entries().get(0).names()).containsExactly("Pavlo Ivanovych Demchuk");
        assertThat(list.entries().get(0).id()).isEqualTo("line-2");
    }

    @Test
    void aQuotedCellMaySpanLinesAndLineNumbersStayRight() {
        String csv = "no,full name,aka,born,sex,citizenship,case,link\n"
                + "1,\"Pavlo\nDemchuk\",,1961,,,,\n"
                + "2,Oksana Hrynko,,1979-13-01,,,,\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(ListImportException.class)
                .hasMessageContaining("wanted.csv, line 4, field born").hasMessageContaining("month");
    }

    @Test
    void aBadRowNamesFileLineAndFieldAndNothingIsImported() {
        String csv = """
                no,full name,aka,born,sex,citizenship,case,link
                1,Pavlo Demchuk,,1961,,,,
                2,Oksana Hrynko,,1979,f,Ukraine,,
                """;
        assertThatThrownBy(() -> read(csv)).isInstanceOf(ListImportException.class)
                .satisfies(e -> {
                    ListImportException x = (ListImportException) e;
                    assertThat(x.file()).isEqualTo("wanted.csv");
                    assertThat(x.line()).isEqualTo(3);
                    assertThat(x.field()).isEqualTo("citizenship");
                });
    }

    @Test
    void rowErrorsOfEveryKindAreNamed() {
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,,,,,,,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("no name");
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,Pavlo Demchuk,,,,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("6 fields");
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,Pavlo Demchuk,,,q,,,\n"))
                .hasMessageContaining("field sex");
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,Pavlo\u0007Demchuk,,,,,,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("control character");
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,A B,,,,,,\n1,C D,,,,,,\n"))
                .hasMessageContaining("line 3").hasMessageContaining("already used on line 2");
        assertThatThrownBy(() -> read("no,full name,aka,born,sex,citizenship,case,link\n1,\"Pavlo Demchuk,,,,,,\n"))
                .hasMessageContaining("not closed");
    }

    @Test
    void aMappingToAMissingColumnIsRefused() {
        assertThatThrownBy(() -> read("no,name\n1,Pavlo Demchuk\n")).isInstanceOf(ListImportException.class)
                .hasMessageContaining("line 1").hasMessageContaining("full name");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void listFactsAreChecked() {
        assertThatThrownBy(() -> new WatchList("Bad Id", "t", "p", LocalDate.now(), true, java.util.List.of()))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("list id");
    }
}
