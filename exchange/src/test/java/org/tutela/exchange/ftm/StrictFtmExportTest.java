package org.tutela.exchange.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tutela.exchange.Exporter;
import org.tutela.exchange.Format;
import org.tutela.exchange.demo.DemoCase;

/** The demo's FtM export checked against the published FollowTheMoney model (3.8.4). */
class StrictFtmExportTest {
    static final FtmModel MODEL = FtmModel.published();
    static final ObjectMapper MAPPER = new ObjectMapper();

    static List<FtmEntity> read(byte[] lines) throws Exception {
        List<FtmEntity> entities = new ArrayList<>();
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                entities.add(FtmEntity.parse(MAPPER.readTree(line)));
            }
        }
        return entities;
    }

    static List<String> faults(List<FtmEntity> entities) {
        Map<String, String> schemaOf = new HashMap<>();
        entities.forEach(e -> schemaOf.put(e.id(), e.schema()));
        List<String> faults = new ArrayList<>();
        entities.forEach(e -> faults.addAll(MODEL.faults(e, schemaOf)));
        return faults;
    }

    @Test
    void theStrictExportOfTheDemoValidatesWithNoError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = new Exporter().exportStrictFtm(DemoCase.recordSet(), out);
        List<FtmEntity> entities = read(out.toByteArray());
        assertThat(entities).hasSize((int) count);
        assertThat(faults(entities)).isEmpty();
        assertThat(entities).extracting(FtmEntity::schema).doesNotContain("tutela:CooperationRequest")
                .contains("Person", "Company", "Event", "CourtCase", "CourtCaseParty", "Document", "Documentation", "Note", "Family");
        assertThat(entities).allSatisfy(e -> assertThat(e.properties().keySet()).noneMatch(p -> p.startsWith("tutela:")));
        // what the issue found wrong is gone: Documents have a file name; intervals carry their sources as Documentation
        assertThat(entities).filteredOn(e -> e.schema().equals("Document")).allSatisfy(e -> assertThat(e.has("fileName")).isTrue());
        assertThat(entities).filteredOn(e -> e.schema().equals("Family")).allSatisfy(e -> assertThat(e.has("proof")).isFalse());
        FtmEntity mla = entities.stream().filter(e -> e.id().equals("request-kz-be-mla-2018-03-30")).findFirst().orElseThrow();
        assertThat(mla.schema()).isEqualTo("Event");
        assertThat(mla.values("country")).containsExactly("kz", "be");
        assertThat(entities).filteredOn(e -> e.schema().equals("Documentation") && e.values("entity").contains(mla.id())).isNotEmpty();
    }

    @Test
    void theValidatorFindsWhatIsWrongWithTheFullFidelityExport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter().export(DemoCase.recordSet(), Format.FTM, out);
        List<String> faults = faults(read(out.toByteArray()));
        assertThat(faults).anyMatch(f -> f.contains("schema 'tutela:CooperationRequest' is not in the FtM model"))
                .anyMatch(f -> f.contains("(Family): property 'proof' is not a property of Family"))
                .anyMatch(f -> f.contains("(Document): required property 'fileName' is missing"))
                .anyMatch(f -> f.contains("property 'tutela:"));
    }
}
