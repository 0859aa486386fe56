package org.tutela.exchange.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordKind;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/** The JSON record reader, as the API's request bodies reach it: a kind and any text. */
class RecordJsonFuzzTest {
    static final RecordJson JSON = new RecordJson();

    @FuzzTest(maxDuration = "30s")
    void record(FuzzedDataProvider data) {
        RecordKind kind = data.pickValue(RecordKind.values());
        String text = data.consumeRemainingAsString();
        try {
            JSON.read(kind, text);
        } catch (RecordFormatException | InvalidRecordException expected) {
            // the documented refusals, naming the field
        }
    }
}
