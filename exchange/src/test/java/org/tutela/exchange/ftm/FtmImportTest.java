package org.tutela.exchange.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Samples;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportException;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.Importer;

/** Reading FtM entities written by others, and refusing bad ones with file, line and property. */
class FtmImportTest {
    @TempDir
    Path dir;

    private final Importer importer = new Importer();
    private static final RecordSet EMPTY = RecordSet.of(List.of());

    private static final String PERSON = "{\"id\":\"p-1\",\"schema\":\"Person\",\"caption\":\"Ivan Petrovich Sidorov\",\"properties\":{"
            + "\"name\":[\"SIDOROV, Ivan Petrovich\",\"Ivan Petrovich Sidorov\",\"Иван Петрович Сидоров\"],\"alias\":[\"Vanya Sidorov\"],"
            + "\"weakAlias\":[\"Vanya\"],\"previousName\":[\"Ivan Ivanov\"],\"firstName\":[\"Ivan\",\"Иван\"],\"lastName\":[\"Sidorov\",\"Сидоров\"],"
            + "\"fatherName\":[\"Petrovich\"],\"birthDate\":[\"1965\"],\"gender\":[\"male\"],\"nationality\":[\"ru\",\"suhh\"],"
            + "\"citizenship\":[\"ru\",\"am\"],\"notes\":[\"first\",\"second\"],\"shoeSize\":[\"44\"],\"topics\":[\"sanction\"]}}";
    private static final String COMPANY = "{\"id\":\"c-1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Example LLC\",\"ООО Пример\"],"
            + "\"alias\":[\"EX\"],\"jurisdiction\":[\"am\"]}}";

    private Path file(String... lines) throws IOException {
        Path file = dir.resolve("entities.ftm.json");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Importer.Plan check(Path file, ImportOptions options) {
        return importer.check(file, Format.FTM, EMPTY, options);
    }

    private ImportException failure(String... lines) throws IOException {
        Path file = file(lines);
        try {
            check(file, ImportOptions.strict());
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file + ":");
            return e;
        }
        throw new AssertionError("no error for " + List.of(lines));
    }

    @Test
    void readsAPersonFromOutside() throws IOException {
        Importer.Plan plan = check(file(PERSON), ImportOptions.strict());
        Person p = (Person) plan.records().get(0);
        assertThat(p.id()).isEqualTo(RecordId.of("p-1"));
        assertThat(p.primaryName().full()).isEqualTo("Ivan Petrovich Sidorov");
        assertThat(p.primaryName().given()).contains("Ivan");
        assertThat(p.primaryName().patronymic()).contains("Petrovich");
        assertThat(p.primaryName().surname()).contains("Sidorov");
        assertThat(p.names()).extracting(PersonName::full, PersonName::kind).contains(
                org.assertj.core.groups.Tuple.tuple("SIDOROV, Ivan Petrovich", PersonName.Kind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Vanya Sidorov", PersonName.Kind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Vanya", PersonName.Kind.DIMINUTIVE),
                org.assertj.core.groups.Tuple.tuple("Ivan Ivanov", PersonName.Kind.FORMER));
        PersonName cyrillic = p.names().stream().filter(n -> n.full().startsWith("Иван")).findFirst().orElseThrow();
        assertThat(cyrillic.given()).contains("Иван");
        assertThat(cyrillic.surname()).contains("Сидоров");
        assertThat(p.birthDate()).contains(ApproximateDate.year(1965));
        assertThat(p.gender()).contains(Person.Gender.MALE);
        assertThat(p.nationalities()).extracting(c -> c.code()).containsExactly("RU", "AM");
        assertThat(p.notes()).contains("first\n\nsecond");
        // a year stays a year: nothing is widened to a day, so there is nothing to warn about
        assertThat(plan.result().warnings()).noneMatch(w -> "birthDate".equals(w.field()))
                .anySatisfy(w -> assertThat(w.message()).contains("suhh"));
    }

    @Test
    void readsOrganisationsAndLinksBetweenEntitiesOfTheFile() throws IOException {
        String family = "{\"id\":\"f-1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-1\"],\"relative\":[\"p-2\"],\"relationship\":[\"brother\"]}}";
        String owns = "{\"id\":\"o-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p-1\"],\"asset\":[\"c-1\"],\"percentage\":[\"50\"]}}";
        String director = "{\"id\":\"d-1\",\"schema\":\"Directorship\",\"properties\":{\"director\":[\"p-2\"],\"organization\":[\"c-1\"],\"role\":[\"CEO\"]}}";
        String other = "{\"id\":\"p-2\",\"schema\":\"Person\",\"properties\":{\"firstName\":[\"Petr\"],\"lastName\":[\"Sidorov\"],\"birthDate\":[\"1970-03\"]}}";
        String body = "{\"id\":\"b-1\",\"schema\":\"PublicBody\",\"properties\":{\"name\":[\"Ministry\"],\"country\":[\"ru\"]}}";
        Importer.Plan plan = check(file(family, PERSON, "", owns, COMPANY, director, other, body), ImportOptions.strict());
        assertThat(plan.result().count(RecordKind.PERSON)).isEqualTo(2);
        assertThat(plan.result().count(RecordKind.ORGANISATION)).isEqualTo(2);
        assertThat(plan.result().count(RecordKind.RELATIONSHIP)).isEqualTo(3);
        RecordSet set = RecordSet.of(plan.records());
        Relationship f = set.get(RecordId.of("f-1"), Relationship.class).orElseThrow();
        assertThat(f.type()).isEqualTo(Relationship.Type.FAMILY);
        assertThat(f.from()).isEqualTo(RecordId.of("p-1"));
        assertThat(f.to()).isEqualTo(RecordId.of("p-2"));
        assertThat(f.detail()).contains("brother");
        assertThat(set.get(RecordId.of("o-1"), Relationship.class).orElseThrow().type()).isEqualTo(Relationship.Type.CONTROL);
        assertThat(set.get(RecordId.of("d-1"), Relationship.class).orElseThrow().detail()).contains("CEO");
        Organisation c = set.get(RecordId.of("c-1"), Organisation.class).orElseThrow();
        assertThat(c.name()).isEqualTo("Example LLC");
        assertThat(c.aliases()).containsExactly("ООО Пример", "EX");
        assertThat(c.type()).isEqualTo(Organisation.Type.COMPANY);
        assertThat(c.country()).contains(org.tutela.core.registry.Country.of("AM"));
        assertThat(set.get(RecordId.of("b-1"), Organisation.class).orElseThrow().type()).isEqualTo(Organisation.Type.GOVERNMENT_BODY);
        Person p2 = set.get(RecordId.of("p-2"), Person.class).orElseThrow();
        assertThat(p2.primaryName().full()).isEqualTo("Petr Sidorov");
        assertThat(p2.birthDate()).contains(ApproximateDate.month(1970, 3));
    }

    /** A property from outside that says a field in other words is read after the field's own: the first that has a value wins. */
    @Test
    void aDocumentsTitleAndDateMayComeFromItsNameAndDate() throws IOException {
        String extensions = "\"tutela:type\":[\"NEWS_ARTICLE\"],\"tutela:reliability\":[\"PROBABLY_TRUE\"]";
        String named = "{\"id\":\"s-1\",\"schema\":\"Document\",\"properties\":{\"name\":[\"Raid in Almaty\"],\"date\":[\"2021-05\"],"
                + "\"sourceUrl\":[\"https://example.org/raid\"]," + extensions + "}}";
        String titled = "{\"id\":\"s-2\",\"schema\":\"Document\",\"properties\":{\"title\":[\"The title\"],\"name\":[\"A name\"],"
                + "\"publishedAt\":[\"2020\"],\"date\":[\"2021-05-03\"]," + extensions + "}}";
        RecordSet set = RecordSet.of(check(file(named, titled), ImportOptions.strict()).records());
        org.tutela.core.registry.Source s1 = set.get(RecordId.of("s-1"), org.tutela.core.registry.Source.class).orElseThrow();
        assertThat(s1.title()).isEqualTo("Raid in Almaty");
        assertThat(s1.published()).contains(ApproximateDate.month(2021, 5));
        assertThat(s1.url()).contains("https://example.org/raid");
        org.tutela.core.registry.Source s2 = set.get(RecordId.of("s-2"), org.tutela.core.registry.Source.class).orElseThrow();
        assertThat(s2.title()).isEqualTo("The title");
        assertThat(s2.published()).contains(ApproximateDate.year(2020));
    }

    @Test
    void aRelationshipsStartAndEndAreItsValidTime() throws IOException {
        String family = "{\"id\":\"f-1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-1\"],\"relative\":[\"c-1\"],"
                + "\"startDate\":[\"2001\"],\"endDate\":[\"2003-04-05\"]}}";
        Importer.Plan plan = check(file(PERSON, COMPANY, family), ImportOptions.strict());
        Relationship r = RecordSet.of(plan.records()).get(RecordId.of("f-1"), Relationship.class).orElseThrow();
        assertThat(r.provenance().validFrom()).contains(ApproximateDate.year(2001));
        assertThat(r.provenance().validTo()).contains(ApproximateDate.on(2003, 4, 5));
        ImportException backwards = failure(PERSON, COMPANY, family.replace("2003-04-05", "1999-01-01"));
        assertThat(backwards.line()).isEqualTo(3);
        assertThat(backwards.field()).isEqualTo("endDate");
    }

    @Test
    void aReferenceMayPointIntoTheRegistry() throws IOException {
        String family = "{\"id\":\"f-1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-1\"],\"relative\":[\"" + Samples.BROTHER + "\"]}}";
        Importer.Plan plan = importer.check(file(PERSON, family), Format.FTM, RecordSet.of(Samples.all()), ImportOptions.strict());
        assertThat(plan.result().created()).isEqualTo(2);
    }

    @Test
    void aMissingReferenceNamesLinePropertyAndId() throws IOException {
        String family = "{\"id\":\"f-1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-1\"],\"relative\":[\"p-nowhere\"]}}";
        ImportException e = failure(PERSON, family);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("relative");
        assertThat(e.problem()).contains("p-nowhere").contains("neither in the file nor in the registry");
        String proof = PERSON.replace("\"topics\"", "\"proof\":[\"doc-missing\"],\"topics\"");
        ImportException e2 = failure(proof);
        assertThat(e2.field()).isEqualTo("proof");
        assertThat(e2.problem()).contains("doc-missing");
    }

    @Test
    void anUnknownSchemaIsAnErrorUnlessSkippingIsAskedFor() throws IOException {
        String address = "{\"id\":\"addr-1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"1 Main St\"]}}";
        ImportException e = failure(PERSON, address);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("schema");
        assertThat(e.problem()).contains("'Address'").contains("skip");
        Importer.Plan plan = check(file(PERSON, address, address.replace("addr-1", "addr-2")), ImportOptions.skippingUnsupportedSchemata());
        assertThat(plan.records()).hasSize(1);
        assertThat(plan.result().skipped()).containsEntry("Address", 2);
        // skipping is for FtM schemata; an unknown schema in Tutela's own namespace is always a mistake
        Path ours = file(PERSON, address.replace("Address", "tutela:Whatever"));
        assertThatThrownBy(() -> check(ours, ImportOptions.skippingUnsupportedSchemata()))
                .isInstanceOfSatisfying(ImportException.class, x -> assertThat(x.field()).isEqualTo("schema"));
    }

    @Test
    void aReferenceToASkippedEntityIsAnError() throws IOException {
        String passport = "{\"id\":\"pass-1\",\"schema\":\"Passport\",\"properties\":{}}";
        String link = "{\"id\":\"f-1\",\"schema\":\"Associate\",\"properties\":{\"person\":[\"p-1\"],\"associate\":[\"pass-1\"]}}";
        Path file = file(PERSON, passport, link);
        assertThatThrownBy(() -> check(file, ImportOptions.skippingUnsupportedSchemata()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("associate");
                    assertThat(e.problem()).contains("pass-1").contains("Passport").contains("skipped");
                });
    }

    @Test
    void datesThatAreNotDatesAreRefused() throws IOException {
        for (String bad : List.of("around 1965", "1965-13", "1965-02-30", "65", "1965/03/07")) {
            ImportException e = failure(COMPANY, PERSON.replace("\"1965\"", "\"" + bad + "\""));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.problem()).contains(bad).contains("not a date");
        }
        Importer.Plan plan = check(file(PERSON.replace("\"1965\"", "\"1965-03-07T10:00:00\",\"1966\"")), ImportOptions.strict());
        assertThat(((Person) plan.records().get(0)).birthDate()).contains(ApproximateDate.on(1965, 3, 7));
        assertThat(plan.result().warnings()).anySatisfy(w -> assertThat(w.message()).contains("left out [1966]"));
    }

    @Test
    void badValuesNameTheProperty() throws IOException {
        assertThat(failure(PERSON.replace("\"ru\",\"suhh\"", "\"Russia\"")).field()).isEqualTo("nationality");
        assertThat(failure(PERSON.replace("\"male\"", "\"unknown\"")).field()).isEqualTo("gender");
        ImportException noLetter = failure(PERSON.replace("\"Ivan Ivanov\"", "\"12345\""));
        assertThat(noLetter.field()).isEqualTo("previousName");
        assertThat(noLetter.problem()).contains("'12345'").contains("no letter");
        assertThat(failure(PERSON.replace("\"SIDOROV, Ivan Petrovich\"", "\"-- ?\"")).field()).isEqualTo("name");
        assertThat(failure(PERSON.replace("\"id\":\"p-1\"", "\"id\":\"../etc\"")).field()).isEqualTo("id");
        assertThat(failure(PERSON.replace("\"alias\":[\"Vanya Sidorov\"]", "\"alias\":\"Vanya Sidorov\"")).field()).isEqualTo("properties.alias");
        assertThat(failure(PERSON.replace("\"Person\"", "\"Persn\"")).field()).isEqualTo("schema");
        assertThat(failure("{\"id\":\"f-1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p-1\"]}}", PERSON).field()).isEqualTo("relative");
        assertThat(failure("{\"id\":\"p-9\",\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1990\"]}}").field()).isEqualTo("name");
        assertThat(failure("{\"schema\":\"Person\",\"properties\":{}}").field()).isEqualTo("id");
    }

    @Test
    void malformedLinesNameTheLine() throws IOException {
        ImportException e = failure(PERSON, "", "{\"id\": \"x\", \"schema\": ");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("malformed JSON");
        assertThat(failure(PERSON, "[1,2]").problem()).contains("one JSON object");
        assertThat(failure(COMPANY + " " + COMPANY).problem()).contains("malformed JSON");
        ImportException twice = failure(PERSON, COMPANY, PERSON);
        assertThat(twice.line()).isEqualTo(3);
        assertThat(twice.problem()).contains("line 1");
        Path latin1 = dir.resolve("latin1.ftm.json");
        Files.write(latin1, (COMPANY + "\n" + COMPANY.replace("Example", "Exampl\u00e9").replace("c-1", "c-2") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> check(latin1, ImportOptions.strict())).isInstanceOfSatisfying(ImportException.class, x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.problem()).contains("UTF-8");
        });
    }

    @Test
    void extensionPropertiesAreCheckedToo() throws IOException {
        FtmMapping mapping = new FtmMapping(new org.tutela.json.RecordJson());
        String target = line(mapping, Samples.target());
        assertThat(failure(target.replace("\"tutela:roles\"", "\"tutela:shoeSize\"")).field()).isEqualTo("tutela:shoeSize");
        assertThat(failure(target.replace("\"JOURNALIST\"", "\"ASTRONAUT\"")).field()).startsWith("tutela:roles");
        String request = line(mapping, Samples.mlaRequest());
        ImportException badMeasure = failure(request.replace("SEIZE_DEVICES", "FLY"));
        assertThat(badMeasure.field()).startsWith("tutela:measures");
        assertThat(badMeasure.problem()).contains("FLY");
        assertThat(failure(request.replace("[\"{\\\"instrument", "[\"{oops\\\"instrument")).field()).isEqualTo("tutela:legalBases[0]");
        assertThat(failure(request.replace("\"tutela:date\":[\"2021-02-10\"]", "\"tutela:date\":[\"2021-02-10\",\"2021-02-11\"]")).field())
                .isEqualTo("tutela:date");
    }

    @Test
    void anEditToAnFtmPropertyThatAnAuthoritativeExtensionContradictsIsAnError() throws IOException {
        FtmMapping mapping = new FtmMapping(new org.tutela.json.RecordJson());
        String target = line(mapping, Samples.target());
        ImportException names = failure(target.replace("\"alias\":[\"Надзея Каваленка\"]", "\"alias\":[\"Надзея Каваленка\",\"Nadia K\"]"));
        assertThat(names.field()).isEqualTo("alias");
        assertThat(names.problem()).contains("tutela:names");
        String org = line(mapping, Samples.prosecutor());
        assertThat(failure(org.replace("\"PublicBody\"", "\"Company\"")).field()).isEqualTo("schema");
        String rel = line(mapping, Samples.siblings());
        assertThat(failure(rel.replace("\"tutela:type\":[\"FAMILY\"]", "\"tutela:type\":[\"EMPLOYMENT\"]")).field()).isEqualTo("schema");
    }

    @Test
    void aRecordOfAnotherKindUnderTheSameIdIsRefused() throws IOException {
        String clash = COMPANY.replace("c-1", Samples.TARGET.value());
        Path file = file(clash);
        assertThatThrownBy(() -> importer.check(file, Format.FTM, RecordSet.of(Samples.all()), ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.problem()).contains("person").contains("organisation");
                });
    }

    @Test
    void whatTheRegistryAlreadyHoldsIsNotWrittenAgain() throws IOException {
        FtmMapping mapping = new FtmMapping(new org.tutela.json.RecordJson());
        List<String> lines = Samples.all().stream().map(r -> line(mapping, r)).toList();
        Path file = file(lines.toArray(String[]::new));
        Importer.Plan same = importer.check(file, Format.FTM, RecordSet.of(Samples.all()), ImportOptions.strict());
        assertThat(same.changed()).isEmpty();
        assertThat(same.result().unchanged()).isEqualTo(Samples.all().size());
        List<RegistryRecord> older = new java.util.ArrayList<>(Samples.all());
        older.replaceAll(r -> r.id().equals(Samples.BROTHER) ? new Person(Samples.BROTHER, List.of(PersonName.of("Old Name", PersonName.Kind.PRIMARY)),
                Optional.empty(), Optional.empty(), List.of(), List.of(), null, Optional.empty(), null) : r);
        Importer.Plan revised = importer.check(file, Format.FTM, RecordSet.of(older), ImportOptions.strict());
        assertThat(revised.changed()).extracting(RegistryRecord::id).containsExactly(Samples.BROTHER);
        assertThat(revised.result().revised()).isEqualTo(1);
    }

    static String line(FtmMapping mapping, RegistryRecord record) {
        return mapping.toEntity(record).toJson(new org.tutela.json.RecordJson().objectMapper()).toString();
    }
}
