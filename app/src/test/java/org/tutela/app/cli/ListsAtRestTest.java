package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.lists.ListLibrary;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.WatchList;
import org.tutela.json.RecordJson;

/** Imported lists live in the database, not as clear files; lists and an index on disk from earlier versions are taken in and removed. */
class ListsAtRestTest {
    @TempDir
    Path dir;

    @Test
    void anImportedListLeavesNoFileAndIsSearchedAfterAStart() throws Exception {
        Path data = dir.resolve("data");
        Path csv = dir.resolve("wanted.csv");
        Files.writeString(csv, "ref,name\nW-1,Nurlan Zhakupbekov\n");
        Cli.Run imported = run("lists", "import", csv.toString(), "--format", "csv", "--id", "wanted", "--title", "Wanted",
                "--publisher", "P", "--date", "2024-02-13", "--name-column", "name", "--id-column", "ref", "--data", data.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(data.resolve("lists")).doesNotExist();
        assertThat(data.resolve("index")).doesNotExist();
        assertThat(run("search", "Zhakupbekov", "--no-registry", "--data", data.toString()).out()).contains("Nurlan Zhakupbekov");
    }

    @Test
    void listFilesAndAnIndexFromEarlierVersionsAreTakenInAndDeleted() throws Exception {
        Path data = dir.resolve("old");
        Path listDir = Files.createDirectories(data.resolve("lists").resolve("old-list"));
        Files.writeString(listDir.resolve("source"), "ref,name\nO-1,Gulnara Temirkhanova\n");
        WatchList.ListInfo info = new WatchList.ListInfo("old-list", "An old list", "P", LocalDate.of(2023, 1, 1), false);
        ColumnMapping columns = ColumnMapping.ofName("name").withId("ref");
        RecordJson.mapper().writeValue(listDir.resolve("list.json").toFile(),
                new ListLibrary.StoredList(info, ListLibrary.Format.CSV, Optional.of(columns), 1));
        Files.createDirectories(data.resolve("index").resolve("registry"));
        Files.writeString(data.resolve("index").resolve("registry").resolve("_0.cfs"), "Gulnara Temirkhanova");

        try (Tutela tutela = Tutela.open(new Settings(data, Optional.empty()))) {
            assertThat(tutela.lists().all()).extracting(l -> l.info().id()).containsExactly("old-list");
        }
        assertThat(data.resolve("lists")).doesNotExist();
        assertThat(data.resolve("index")).doesNotExist();
        assertThat(run("search", "Temirkhanova", "--no-registry", "--data", data.toString()).out()).contains("Gulnara Temirkhanova");
    }
}
