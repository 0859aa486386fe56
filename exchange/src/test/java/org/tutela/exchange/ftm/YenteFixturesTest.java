package org.tutela.exchange.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Relationship;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportException;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.ImportResult;
import org.tutela.exchange.Importer;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * Imports the real FtM entities of OpenSanctions' yente test fixtures (in the shared name data, not in
 * this repository) into a real registry, and reads them back against the raw file.
 */
class YenteFixturesTest {
    @TempDir
    Path dir;

    private Path names;
    private final Importer importer = new Importer();

    @BeforeEach
    void findSharedData() {
        String shared = System.getProperty("tutela.shared.dir", "../shared");
        names = Path.of(shared, "data", "names");
        Assumptions.assumeTrue(Files.isRegularFile(names.resolve("yente_zala_entities.ftm.json")),
                "shared name data not found at " + names.toAbsolutePath() + " (set -Dtutela.shared.dir); yente fixture test skipped");
    }

    private static List<JsonNode> raw(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(mapper.readTree(line));
            }
        }
        return out;
    }

    private static Map<String, Integer> schemata(List<JsonNode> entities) {
        Map<String, Integer> counts = new TreeMap<>();
        entities.forEach(e -> counts.merge(e.get("schema").asText(), 1, Integer::sum));
        return counts;
    }

    private static List<String> values(JsonNode entity, String property) {
        List<String> out = new ArrayList<>();
        JsonNode values = entity.path("properties").path(property);
        values.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void strictImportStopsAtTheFirstSchemaTutelaDoesNotImport() throws IOException {
        Path file = names.resolve("yente_t1_entities.ftm.json");
        List<JsonNode> entities = raw(file);
        int firstUnsupported = 0;
        for (int i = 0; i < entities.size(); i++) {
            if (FtmMapping.kindOf(entities.get(i).get("schema").asText()).isEmpty()) {
                firstUnsupported = i + 1;
                break;
            }
        }
        int line = firstUnsupported;
        assertThat(line).isPositive();
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir))) {
            assertThatThrownBy(() -> importer.importFile(file, Format.FTM, storage.registry(), Change.by("test", "yente"), ImportOptions.strict()))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).endsWith("yente_t1_entities.ftm.json");
                        assertThat(e.line()).isEqualTo(line);
                        assertThat(e.field()).isEqualTo("schema");
                        assertThat(e.problem()).contains(entities.get(line - 1).get("schema").asText());
                    });
            assertThat(storage.registry().count(Optional.empty())).isZero();
        }
    }

    @Test
    void bothFixturesImportWhenUnsupportedSchemataAreSkipped() throws IOException {
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir))) {
            Registry registry = storage.registry();
            for (String name : List.of("yente_t1_entities.ftm.json", "yente_zala_entities.ftm.json")) {
                Path file = names.resolve(name);
                List<JsonNode> entities = raw(file);
                Map<String, Integer> bySchema = schemata(entities);
                ImportResult result = importer.importFile(file, Format.FTM, registry, Change.by("test", "yente fixtures"),
                        ImportOptions.skippingUnsupportedSchemata());

                int persons = bySchema.getOrDefault("Person", 0);
                int organisations = bySchema.getOrDefault("Organization", 0) + bySchema.getOrDefault("Company", 0)
                        + bySchema.getOrDefault("LegalEntity", 0) + bySchema.getOrDefault("PublicBody", 0);
                int links = bySchema.getOrDefault("Family", 0) + bySchema.getOrDefault("Ownership", 0)
                        + bySchema.getOrDefault("Directorship", 0) + bySchema.getOrDefault("Associate", 0);
                assertThat(result.count(RecordKind.PERSON)).as(name).isEqualTo(persons).isPositive();
                assertThat(result.count(RecordKind.ORGANISATION)).as(name).isEqualTo(organisations).isPositive();
                assertThat(result.count(RecordKind.RELATIONSHIP)).as(name).isEqualTo(links);
                assertThat(result.total() + result.skipped().values().stream().mapToInt(Integer::intValue).sum())
                        .as(name).isEqualTo(entities.size());
                assertThat(result.skipped()).as(name).containsKey("Address");

                for (JsonNode e : entities) {
                    RecordId id = RecordId.of(e.get("id").asText());
                    String schema = e.get("schema").asText();
                    if (schema.equals("Person")) {
                        Person p = registry.get(id, Person.class).orElseThrow();
                        assertThat(p.names()).extracting(PersonName::full).containsAll(values(e, "name"));
                        assertThat(p.primaryName().kind()).isEqualTo(PersonName.Kind.PRIMARY);
                        values(e, "birthDate").stream().findFirst().filter(d -> d.length() == 10)
                                .ifPresent(d -> assertThat(p.birthDate()).as(id.value()).contains(ApproximateDate.of(d)));
                        values(e, "gender").stream().findFirst()
                                .ifPresent(g -> assertThat(p.gender().map(x -> x.name().toLowerCase(Locale.ROOT))).contains(g));
                        assertThat(p.everyNationality()).extracting(c -> c.code().toLowerCase(Locale.ROOT))
                                .containsAll(values(e, "nationality"));
                    } else if (FtmMapping.kindOf(schema).orElse(null) == RecordKind.ORGANISATION) {
                        Organisation o = registry.get(id, Organisation.class).orElseThrow();
                        List<String> all = new ArrayList<>(o.aliases());
                        all.add(o.name());
                        assertThat(all).containsAll(values(e, "name"));
                    } else if (schema.equals("Family")) {
                        Relationship r = registry.get(id, Relationship.class).orElseThrow();
                        assertThat(r.type()).isEqualTo(Relationship.Type.FAMILY);
                        assertThat(r.from().value()).isEqualTo(values(e, "person").get(0));
                        assertThat(r.to().value()).isEqualTo(values(e, "relative").get(0));
                    } else if (schema.equals("Ownership")) {
                        Relationship r = registry.get(id, Relationship.class).orElseThrow();
                        assertThat(r.type()).isEqualTo(Relationship.Type.CONTROL);
                        assertThat(r.from().value()).isEqualTo(values(e, "owner").get(0));
                    } else {
                        assertThat(registry.get(id).isPresent()).as(id + " " + schema).isEqualTo(FtmMapping.kindOf(schema).isPresent());
                    }
                }
            }
        }
    }
}
