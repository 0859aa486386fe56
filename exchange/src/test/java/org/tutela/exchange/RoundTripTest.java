package org.tutela.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;

/** Export then import gives back the same registry: same ids, equal records, in both formats. */
class RoundTripTest {
    private final Exporter exporter = new Exporter();
    private final Importer importer = new Importer();

    static byte[] export(Exporter exporter, List<RegistryRecord> records, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = exporter.export(RecordSet.of(records), format, out);
        assertThat(count).isEqualTo(records.size());
        return out.toByteArray();
    }

    private List<RegistryRecord> roundTrip(List<RegistryRecord> records, Format format) throws IOException {
        byte[] bytes = export(exporter, records, format);
        Importer.Plan plan = importer.check("export." + format.slug(), new ByteArrayInputStream(bytes), format, RecordSet.of(List.of()),
                ImportOptions.strict());
        assertThat(plan.result().created()).isEqualTo(records.size());
        return plan.records();
    }

    private static Map<RecordId, RegistryRecord> byId(List<RegistryRecord> records) {
        return records.stream().collect(Collectors.toMap(RegistryRecord::id, Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void samplesComeBackEqual(Format format) throws IOException {
        List<RegistryRecord> back = roundTrip(Samples.all(), format);
        assertThat(back).hasSameSizeAs(Samples.all());
        assertThat(byId(back)).isEqualTo(byId(Samples.all()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyKindAndEveryOptionalFieldComesBackEqual(Format format) throws IOException {
        List<RegistryRecord> all = Everything.all();
        assertThat(all.stream().map(RegistryRecord::kind).distinct()).containsExactlyInAnyOrder(RecordKind.values());
        List<RegistryRecord> back = roundTrip(all, format);
        Map<RecordId, RegistryRecord> expected = byId(all);
        Map<RecordId, RegistryRecord> actual = byId(back);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, record) -> assertThat(actual.get(id)).as(id.value()).isEqualTo(record));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportOrderIsByKindThenIdWhateverTheRegistryOrder(Format format) throws IOException {
        List<RegistryRecord> shuffled = new java.util.ArrayList<>(Everything.all());
        java.util.Collections.reverse(shuffled);
        byte[] once = export(exporter, Everything.all(), format);
        byte[] again = export(exporter, shuffled, format);
        assertThat(again).isEqualTo(once);
        List<RegistryRecord> back = importer.check("x", new ByteArrayInputStream(once), format, RecordSet.of(List.of()),
                ImportOptions.strict()).records();
        List<String> order = back.stream().map(r -> r.kind().ordinal() + "/" + r.id()).toList();
        assertThat(order).isSortedAccordingTo((a, b) -> {
            String[] x = a.split("/", 2);
            String[] y = b.split("/", 2);
            int byKind = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            return byKind != 0 ? byKind : x[1].compareTo(y[1]);
        });
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n")).hasSize(Everything.all().size());
    }

    @Test
    void ftmExportUsesFtmSchemataAndExtensionsWhereThereAreNone() throws IOException {
        String text = new String(export(exporter, Everything.all(), Format.FTM), StandardCharsets.UTF_8);
        Map<String, String> schemaById = Arrays.stream(text.split("\n"))
                .map(line -> line.replaceAll("^\\{\"id\":\"([^\"]+)\",\"schema\":\"([^\"]+)\".*$", "$1 $2"))
                .collect(Collectors.toMap(s -> s.split(" ")[0], s -> s.split(" ")[1]));
        assertThat(schemaById).containsEntry("person-full", "Person").containsEntry("org-company", "Company")
                .containsEntry("org-court", "PublicBody").containsEntry("org-ngo", "Organization")
                .containsEntry("rel-family", "Family").containsEntry("rel-lawyer_client", "Representation")
                .containsEntry("rel-control", "Ownership").containsEntry("proceeding-full", "CourtCase")
                .containsEntry("incident-full", "Event").containsEntry("source-a", "Document")
                .containsEntry("request-full", "tutela:CooperationRequest").containsEntry("decision-full", "tutela:Decision")
                .containsEntry("protection-full", "tutela:ProtectionStatus").containsEntry("claim-full", "tutela:Claim");
        String person = Arrays.stream(text.split("\n")).filter(l -> l.startsWith("{\"id\":\"person-full\"")).findFirst().orElseThrow();
        assertThat(person).contains("\"birthDate\":[\"1979-12-31\"]").contains("\"nationality\":[\"kz\",\"xk\"]")
                .contains("\"gender\":[\"other\"]").contains("\"name\":[\"Aigerim Nurlanovna Sadykova\"]")
                .contains("\"weakAlias\":[\"Aika\"]").contains("\"previousName\":[\"Aigerim Bekova\"]")
                .contains("\"fatherName\":[\"Nurlanovna\",\"Нурлановна\"]").contains("\"proof\":[\"source-a\",\"source-b\"]")
                .contains("\"tutela:roles\":[");
        String dated = Arrays.stream(text.split("\n")).filter(l -> l.startsWith("{\"id\":\"rel-dated\"")).findFirst().orElseThrow();
        assertThat(dated).contains("\"startDate\":[\"2015-01-01\"]").contains("\"endDate\":[\"2016-01-01\"]")
                .contains("\"proof\":[\"source-a\"]").doesNotContain("tutela:provenance");
    }
}
