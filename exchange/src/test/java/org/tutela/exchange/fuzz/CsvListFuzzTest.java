package org.tutela.exchange.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.CsvListImport;
import org.tutela.core.lists.ListImportException;
import org.tutela.core.lists.WatchList;

/** CSV lists, as a list publisher's file arrives: any text, with the usual column mapping. */
class CsvListFuzzTest {
    static final WatchList.ListInfo LIST = new WatchList.ListInfo("fuzz-list", "Fuzzed list", "nobody", LocalDate.of(2024, 1, 1), true);
    static final ColumnMapping MAPPING = ColumnMapping.ofName("name").withId("id").withBirthDate("born").withNationality("country")
            .withAliases("aliases");

    @FuzzTest(maxDuration = "30s")
    void csvList(FuzzedDataProvider data) throws IOException {
        String text = data.consumeRemainingAsString();
        try {
            CsvListImport.read("fuzz.csv", new StringReader(text), LIST, MAPPING);
        } catch (ListImportException expected) {
            // the documented refusal, naming the line and column
        }
    }
}
