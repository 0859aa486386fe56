package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.exchange.ftm.FtmEntity;
import org.tutela.exchange.ftm.FtmModel;

/** {@code tutela export --format ftm --strict} on the demo, checked against the published FtM model. */
class StrictExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDemosStrictExportValidatesWithNoError() throws Exception {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        Path out = dir.resolve("strict.ftm.json");
        Cli.Run export = run("export", "--data", dir.resolve("demo").toString(), "--format", "ftm", "--strict", "-o", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<FtmEntity> entities = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            entities.add(FtmEntity.parse(mapper.readTree(line)));
        }
        Map<String, String> schemaOf = new HashMap<>();
        entities.forEach(e -> schemaOf.put(e.id(), e.schema()));
        FtmModel model = FtmModel.published();
        List<String> faults = new ArrayList<>();
        entities.forEach(e -> faults.addAll(model.faults(e, schemaOf)));
        assertThat(entities).hasSizeGreaterThan(247);
        assertThat(faults).isEmpty();

        Cli.Run wrong = run("export", "--data", dir.resolve("demo").toString(), "--strict", "-o", dir.resolve("x").toString());
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("--strict needs --format ftm");
    }
}
