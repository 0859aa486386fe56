package org.tutela.search.lists;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.ListImportException;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FtmListImportTest {
    private static final WatchList.ListInfo INFO = new WatchList.ListInfo("ftm-test", "Test list", "Publisher", LocalDate.of(2026, 4, 1), true);

    @Test
    void personsBecomeEntriesAndOtherSchemasAreSkipped() throws Exception {
        String lines = """
                {"id":"p1","schema":"Person","properties":{"name":["Pavlo Demchuk"],"alias":["Павло Демчук"],"birthDate":["1961-02-03"],"gender":["male"],"nationality":["ua"],"citizenship":["suhh"],"sourceUrl":["https://example.org/p1"]}}
                {"id":"c1","schema":"Company","properties":{"name":["Demchuk LLC"]}}

                {"id":"p2","schema":"Person","properties":{"firstName":["Oksana"],"lastName":["Hrynko"]}}
                """;
        WatchList list = FtmListImport.read("list.ftm.json", new StringReader(lines), INFO);
        assertThat(list.entries()).extracting(ListEntry::id).containsExactly("p1", "p2");
        ListEntry p1 = list.entries().get(0);
        assertThat(p1.names()).containsExactly("Pavlo Demchuk", "Павло Демчук");
        assertThat(p1.birthDate()).contains(BirthDate.parse("1961-02-03"));
        assertThat(p1.gender()).contains(Person.Gender.MALE);
        assertThat(p1.nationalities()).containsExactly(Country.of("UA"));
        assertThat(p1.sourceUrl()).contains("https://example.org/p1");
        assertThat(list.entries().get(1).names()).containsExactly("Oksana Hrynko");
    }

    @Test
    void aBadLineNamesFileLineAndField() {
        String badJson = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n{\"id\":\"p2\",\"schema\":\n";
        assertThatThrownBy(() -> FtmListImport.read("list.ftm.json", new StringReader(badJson), INFO))
                .isInstanceOf(ListImportException.class).hasMessageContaining("list.ftm.json, line 2").hasMessageContaining("not JSON");
        String badDate = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"],\"birthDate\":[\"soon\"]}}\n";
        assertThatThrownBy(() -> FtmListImport.read("list.ftm.json", new StringReader(badDate), INFO))
                .hasMessageContaining("line 1, field properties.birthDate");
        String noName = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{}}\n";
        assertThatThrownBy(() -> FtmListImport.read("list.ftm.json", new StringReader(noName), INFO))
                .hasMessageContaining("field properties.name");
        String badCountry = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"],\"nationality\":[\"zz\"]}}\n";
        assertThatThrownBy(() -> FtmListImport.read("list.ftm.json", new StringReader(badCountry), INFO))
                .hasMessageContaining("field properties.nationality");
        String twice = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"C D\"]}}\n";
        assertThatThrownBy(() -> FtmListImport.read("list.ftm.json", new StringReader(twice), INFO))
                .hasMessageContaining("line 2").hasMessageContaining("already on line 1");
    }

    @Test
    void realOpenSanctionsEntitiesImport() throws Exception {
        Path file = Path.of(System.getProperty("tutela.shared.dir", "../../shared"), "data", "names", "yente_zala_entities.ftm.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared FtM fixtures not found at " + file + "; skipped");
        WatchList list = FtmListImport.read(file, INFO);
        assertThat(list.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.names()).isNotEmpty());
    }
}
