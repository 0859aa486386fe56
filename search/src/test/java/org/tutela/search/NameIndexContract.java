package org.tutela.search;

import org.tutela.core.registry.ApproximateDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.PartMatch;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link NameIndex} adapter must do, run against each: the embedded Lucene index
 * ({@code LuceneNameIndexContractTest}) and an OpenSearch node ({@code search-opensearch}). The same queries, the same
 * answers: retrieval is the adapter's, rescoring the application's.
 */
public abstract class NameIndexContract {
    protected NameIndex index;
    protected NameSearch search;

    /** A new, empty index of the adapter under test. */
    protected abstract NameIndex newIndex();

    @BeforeEach
    void openIndex() {
        index = newIndex();
        search = new NameSearch(index);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    public static Person person(String id, String... names) {
        List<PersonName> ns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            ns.add(PersonName.of(names[i], i == 0 ? PersonName.Kind.PRIMARY : PersonName.Kind.ALIAS));
        }
        return new Person(RecordId.of(id), ns, Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(),
                Optional.empty(), Provenance.none());
    }

    public static ListEntry entry(String id, String... names) {
        return new ListEntry(id, List.of(names), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    public static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.found() instanceof SearchHit.RegistryPerson p ? p.id().value()
                : ((SearchHit.ListPerson) h.found()).list().id() + "/" + ((SearchHit.ListPerson) h.found()).entryId()).toList();
    }

    /** The acceptance criterion: the seed person's spellings all find her first. */
    @Test
    void theSeedPersonsSpellingsFindHerFirst() {
        index.rebuild(List.of(
                person("person-csgj5chf4d", "Botagoz Jardemalie", "Джардемали Ботагоз"),
                person("person-other-1", "Botagoz Nurlanova"),
                person("person-other-2", "Dzhamilya Jardemova"),
                person("person-other-3", "Бота Каримова"),
                Samples.target(), Samples.brother()));
        for (String q : List.of("ДЖАРДЕМАЛИ", "Bota Jardemalie", "Dzhardemali Botagoz", "JARDEMALIE BOTAGOZ")) {
            List<SearchHit> hits = search.search(NameQuery.of(q), Scope.registryOnly(), 10);
            assertThat(ids(hits)).as(q).isNotEmpty().first().isEqualTo("person-csgj5chf4d");
            assertThat(hits.get(0).match().explain()).as(q).isNotBlank();
        }
        SearchHit bota = search.search(NameQuery.of("Bota Jardemalie"), Scope.registryOnly(), 1).get(0);
        assertThat(bota.match().parts()).extracting(PartMatch::kind).contains(PartMatch.Kind.DIMINUTIVE);
    }

    @Test
    void eachKindOfVariantIsRetrievedAndRankedFirst() {
        index.rebuild(List.of(
                person("p-stetsiuk", "Олександр Стецюк", "Oleksandr Stetsiuk"),
                person("p-voronkov", "Voronkov Aleksandr Ivanovich"),
                person("p-hrynko", "Oksana Hrynko"),
                person("p-shcherbakova", "Щербакова Алевтина Петровна"),
                person("p-temirbekova", "Гульнара Темирбекова"),
                person("p-demchuk", "Pavlo Demchuk"),
                person("p-stetsenko", "Oleksii Stetsenko")));
        record Case(String query, String expected, PartMatch.Kind kind) {
        }
        List<Case> cases = List.of(
                new Case("Александр Стецюк", "p-stetsiuk", PartMatch.Kind.EQUIVALENT),
                new Case("Sasha Voronkov", "p-voronkov", PartMatch.Kind.DIMINUTIVE),
                new Case("Hrynko Oksana", "p-hrynko", PartMatch.Kind.EXACT),
                new Case("Oksana Hyrnko", "p-hrynko", PartMatch.Kind.TYPO),
                new Case("Shcherbakova Alevtina", "p-shcherbakova", PartMatch.Kind.TRANSLITERATION),
                new Case("Gulya Temirbekova", "p-temirbekova", PartMatch.Kind.DIMINUTIVE),
                new Case("O. Hrynko", "p-hrynko", PartMatch.Kind.INITIAL));
        for (Case c : cases) {
            List<SearchHit> hits = search.search(NameQuery.of(c.query()), Scope.registryOnly(), 5);
            assertThat(ids(hits)).as(c.query()).isNotEmpty().first().isEqualTo(c.expected());
            assertThat(hits.get(0).match().parts()).extracting(PartMatch::kind).as(c.query()).contains(c.kind());
        }
        SearchHit patronymic = search.search(NameQuery.of("Alevtina Shcherbakova"), Scope.registryOnly(), 1).get(0);
        assertThat(patronymic.match().parts()).extracting(PartMatch::kind).contains(PartMatch.Kind.PATRONYMIC_MISSING);
        assertThat(patronymic.match().orderSwapped()).isTrue();
    }

    /** A record that mentions the surname at birth is found under either surname; the Han transcription of a Uyghur name by its Uyghur forms. */
    @Test
    void birthSurnamesAndUyghurNamesInHanAreRetrieved() {
        index.rebuild(List.of(
                person("p-ivanova", "Иванова (Петрова) Мария Сергеевна"),
                person("p-mueller", "Anna Müller geb. Schmidt"),
                person("p-petrova", "Мария Петровна Сидорова"),
                person("p-memet", "买买提·吐尔逊"),
                person("p-tursun", "Tursun Ablet")));
        for (String q : List.of("Maria Petrova", "Мария Иванова", "Petrova Mariya Sergeyevna")) {
            List<SearchHit> hits = search.search(NameQuery.of(q), Scope.registryOnly(), 10);
            assertThat(ids(hits)).as(q).isNotEmpty().first().isEqualTo("p-ivanova");
            assertThat(hits.get(0).match().isMatch()).as(hits.get(0).match().explain()).isTrue();
        }
        for (String q : List.of("Anna Schmidt", "Anna Mueller")) {
            List<SearchHit> hits = search.search(NameQuery.of(q), Scope.registryOnly(), 10);
            assertThat(ids(hits)).as(q).isNotEmpty().first().isEqualTo("p-mueller");
        }
        for (String q : List.of("Memet Tursun", "Muhammad Tursun", "مەمەت تۇرسۇن")) {
            List<SearchHit> hits = search.search(NameQuery.of(q), Scope.registryOnly(), 10);
            assertThat(ids(hits)).as(q).isNotEmpty().first().isEqualTo("p-memet");
            assertThat(hits.get(0).match().isMatch()).as(hits.get(0).match().explain()).isTrue();
        }
    }

    @Test
    void strangersAreNotReturnedAsMatches() {
        index.rebuild(List.of(person("p-hrynko", "Oksana Hrynko"), person("p-demchuk", "Pavlo Demchuk")));
        List<SearchHit> hits = search.search(NameQuery.of("Wolfgang Amadeus Mozart"), Scope.registryOnly(), 10);
        assertThat(hits).isEmpty();
    }

    @Test
    void evidenceReordersNamesakes() {
        Person older = new Person(RecordId.of("p-old"), List.of(PersonName.of("Pavlo Demchuk", PersonName.Kind.PRIMARY)),
                Optional.of(ApproximateDate.on(1950, 2, 3)), Optional.of(Person.Gender.MALE), List.of(Country.of("UA")), List.of(),
                Set.of(), Optional.empty(), Provenance.none());
        Person younger = new Person(RecordId.of("p-young"), List.of(PersonName.of("Pavlo Demchuk", PersonName.Kind.PRIMARY)),
                Optional.of(ApproximateDate.on(1990, 7, 8)), Optional.of(Person.Gender.MALE), List.of(Country.of("UA")), List.of(),
                Set.of(), Optional.empty(), Provenance.none());
        index.rebuild(List.of(older, younger));
        NameQuery q = NameQuery.of("Demchuk Pavlo").withBirthDate(BirthDate.parse("1990"));
        List<SearchHit> hits = search.search(q, Scope.registryOnly(), 10);
        assertThat(ids(hits)).containsExactly("p-young", "p-old");
        assertThat(hits.get(1).match().evidence()).anyMatch(e -> e.effect() < 0);
    }

    /** Persons the caller may not see are left out before the limit: they never take the place of one it may see. */
    @Test
    void hiddenPersonsAreLeftOutBeforeTheLimit() {
        index.rebuild(List.of(person("p-hidden", "Oksana Hrynko"), person("p-seen", "Oxana Hrynko")));
        NameQuery q = NameQuery.of("Oksana Hrynko");
        assertThat(ids(search.search(q, Scope.registryOnly(), 1))).as("the hidden person ranks first").containsExactly("p-hidden");
        List<RecordId> asked = new ArrayList<>();
        List<SearchHit> hits = search.search(q, Scope.registryOnly(), 1, id -> {
            asked.add(id);
            return !id.value().equals("p-hidden");
        });
        assertThat(ids(hits)).containsExactly("p-seen");
        assertThat(asked).as("asked in rank order, no further than needed").containsExactly(RecordId.of("p-hidden"), RecordId.of("p-seen"));
        assertThat(search.search(q, Scope.registryOnly(), 5, id -> false)).isEmpty();
    }

    @Test
    void oneUpdateAddsReplacesAndRemovesTogether() {
        index.update(List.of(Samples.target(), Samples.brother()), List.of());
        assertThat(search.search(NameQuery.of("Alieh Kavalenka"), Scope.registryOnly(), 5)).isNotEmpty();
        index.update(List.of(person("p-new", "Pavlo Demchuk")), List.of(Samples.BROTHER));
        assertThat(search.search(NameQuery.of("Alieh Kavalenka"), Scope.registryOnly(), 5))
                .extracting(h -> ((SearchHit.RegistryPerson) h.found()).id()).doesNotContain(Samples.BROTHER);
        assertThat(search.search(NameQuery.of("Nadzeya Kavalenka"), Scope.registryOnly(), 5)).isNotEmpty();
        assertThat(ids(search.search(NameQuery.of("Demchuk"), Scope.registryOnly(), 5))).containsExactly("p-new");
        // a batch handed again after a failure does no harm
        index.update(List.of(person("p-new", "Pavlo Demchuk")), List.of(Samples.BROTHER));
        assertThat(index.counts().persons()).isEqualTo(2);
    }

    /** A rebuild replaces the whole registry part; the lists are not the registry's and stay. */
    @Test
    void aRebuildReplacesTheRegistryPartOnly() {
        index.update(List.of(person("p-old", "Oksana Hrynko"), person("p-kept", "Pavlo Demchuk")), List.of());
        index.index(new WatchList("wanted", "Wanted", "Ministry", LocalDate.of(2026, 1, 1), true, List.of(entry("1", "Oksana Hrynko"))));
        index.rebuild(List.of(person("p-kept", "Pavlo Demchuk"), person("p-new", "Larysa Bondaruk")));
        assertThat(search.search(NameQuery.of("Oksana Hrynko"), Scope.registryOnly(), 5)).isEmpty();
        assertThat(ids(search.search(NameQuery.of("Demchuk"), Scope.registryOnly(), 5))).containsExactly("p-kept");
        assertThat(ids(search.search(NameQuery.of("Bondaruk"), Scope.registryOnly(), 5))).containsExactly("p-new");
        assertThat(ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("wanted")), 5))).containsExactly("wanted/1");
        assertThat(index.counts()).isEqualTo(new NameIndex.Counts(2, 1, 1));
        index.rebuild(List.of());
        assertThat(index.counts().persons()).isZero();
        assertThat(search.search(NameQuery.of("Demchuk"), Scope.registryOnly(), 5)).isEmpty();
    }

    /** Many persons in one write, and a limit that cuts among them: the best are kept, ranked by the matcher. */
    @Test
    void aLargeBatchIsIndexedAndTheLimitKeepsTheBest() {
        List<Person> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            // namesakes by the given name only: they all tie in retrieval, below the one who shares both parts
            many.add(person("p-" + i, "Oksana Zab" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "ska"));
        }
        many.add(person("p-exact", "Oksana Hrynko"));
        index.update(many, List.of());
        assertThat(index.counts().persons()).isEqualTo(1201);
        List<SearchHit> hits = search.search(NameQuery.of("Оксана Гринько"), Scope.registryOnly(), 3);
        assertThat(ids(hits)).isNotEmpty().first().isEqualTo("p-exact");
    }

    @Test
    void anUnvowelledSpellingIsRetrievedByItsConsonantsAmongNamesakes() {
        List<Person> many = new ArrayList<>();
        String letters = "سعدنت";
        for (int i = 0; i < 125; i++) {
            // namesakes by the given name only, filed first: they tie in retrieval by spelling with the one wanted
            many.add(person("p-" + i, "محمد " + letters.charAt(i % 5) + letters.charAt(i / 5 % 5) + letters.charAt(i / 25 % 5) + "ي"));
        }
        many.add(person("p-belkalem", "محمد بلكلام"));
        index.update(many, List.of());
        List<SearchHit> hits = search.search(NameQuery.of("Mohamed Belkalem"), Scope.registryOnly(), 10);
        assertThat(ids(hits)).isNotEmpty().first().isEqualTo("p-belkalem");
        assertThat(hits.get(0).match().isMatch()).as(hits.get(0).match().explain()).isTrue();
    }

    /** A public search asks the index for list entries only: the registry cannot leak through it, not even by its size. */
    @Test
    void aPublicSearchNeverAsksTheRegistry() {
        index.rebuild(List.of(person("p-protected", "Oksana Hrynko", "Оксана Гринько")));
        index.index(new WatchList("interpol-red", "Red notices", "INTERPOL", LocalDate.of(2026, 3, 1), true,
                List.of(entry("n1", "HRYNKO Oksana"))));
        index.index(new WatchList("case-notes", "Internal case list", "Us", LocalDate.of(2026, 3, 1), false,
                List.of(entry("c1", "Oksana Hrynko"))));
        List<String> asked = new ArrayList<>();
        NameIndex watched = (NameIndex) java.lang.reflect.Proxy.newProxyInstance(NameIndex.class.getClassLoader(),
                new Class<?>[] {NameIndex.class}, (proxy, method, args) -> {
                    asked.add(method.getName());
                    try {
                        return method.invoke(index, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<SearchHit> hits = new NameSearch(watched).search(NameQuery.of("Оксана Гринько"), Scope.publicLookup(), 50);
        assertThat(asked).doesNotContain("registryCandidates");
        assertThat(ids(hits)).containsExactly("interpol-red/n1");
        assertThat(((SearchHit.ListPerson) hits.get(0).found()).list().isPublic()).isTrue();
        assertThat(hits.get(0).match().candidateName()).isEqualTo("HRYNKO Oksana");
    }

    @Test
    void listEntriesKeepTheirFacts() {
        ListEntry full = new ListEntry("77", List.of("Джардемали Ботагоз", "Botagoz Jardemalie"), Optional.of(BirthDate.parse("1975-03")),
                Optional.of(Person.Gender.FEMALE), List.of(Country.of("KZ")), Optional.of("RU-2018/77"), Optional.of("https://example.org/77"));
        WatchList list = new WatchList("mvd", "Wanted", "Interior ministry", LocalDate.of(2026, 1, 1), true, List.of(full));
        index.index(list);
        assertThat(index.list("mvd")).contains(list);
        assertThat(index.list("none")).isEmpty();
        SearchHit hit = search.search(NameQuery.of("Jardemalie Botagoz").withBirthDate(BirthDate.parse("1975")), Scope.lists(Set.of("mvd")), 1)
                .get(0);
        SearchHit.ListPerson found = (SearchHit.ListPerson) hit.found();
        assertThat(found.entryId()).isEqualTo("77");
        assertThat(found.reference()).contains("RU-2018/77");
        assertThat(found.sourceUrl()).contains("https://example.org/77");
        assertThat(found.list()).isEqualTo(new WatchList.ListInfo("mvd", "Wanted", "Interior ministry", LocalDate.of(2026, 1, 1), true));
        assertThat(hit.match().evidence()).anyMatch(e -> e.effect() > 0);
    }

    @Test
    void aListWrittenInPartsAnswersAsBeforeOnceCompacted() {
        WatchList.ListInfo wanted = new WatchList.ListInfo("parts", "Wanted", "Interior ministry", LocalDate.of(2026, 1, 1), true);
        index.add(wanted, List.of(entry("1", "Pavlo Demchuk"), entry("2", "ГРИНЬКО Оксана")));
        index.add(wanted, List.of(entry("3", "Ihor Melnyk")));
        List<String> before = ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("parts")), 10));
        index.compactLists();
        assertThat(ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("parts")), 10))).isEqualTo(before)
                .containsExactly("parts/2");
        assertThat(ids(search.search(NameQuery.of("Ihor Melnyk"), Scope.lists(Set.of("parts")), 10))).containsExactly("parts/3");
        assertThat(index.list("parts").orElseThrow().entries()).hasSize(3);
    }

    @Test
    void theIndexFollowsTheRegistry() {
        index.index(person("p-1", "Oksana Hrynko"));
        assertThat(ids(search.search(NameQuery.of("Hrynko"), Scope.registryOnly(), 5))).containsExactly("p-1");
        // a changed name: the old one no longer finds the person, the new one does
        index.index(person("p-1", "Oksana Bondaruk"));
        assertThat(search.search(NameQuery.of("Oksana Hrynko"), Scope.registryOnly(), 5)).isEmpty();
        assertThat(ids(search.search(NameQuery.of("Bondaruk Oksana"), Scope.registryOnly(), 5))).containsExactly("p-1");
        index.remove(RecordId.of("p-1"));
        assertThat(search.search(NameQuery.of("Oksana Bondaruk"), Scope.registryOnly(), 5)).isEmpty();
        index.rebuild(List.of(person("p-2", "Pavlo Demchuk")));
        assertThat(ids(search.search(NameQuery.of("Demchuk"), Scope.registryOnly(), 5))).containsExactly("p-2");
    }

    @Test
    void listsAreSearchedAloneOrWithTheRegistry() {
        index.rebuild(List.of(person("p-hrynko", "Oksana Hrynko")));
        index.index(new WatchList("wanted", "Wanted", "Interior ministry", LocalDate.of(2026, 1, 1), true,
                List.of(entry("17", "ГРИНЬКО Оксана"), entry("18", "Demchuk Pavlo"))));
        index.index(new WatchList("internal", "Internal", "Us", LocalDate.of(2026, 1, 1), false,
                List.of(entry("1", "Oksana Hrynko"))));
        assertThat(ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.everything(), 10)))
                .containsExactlyInAnyOrder("p-hrynko", "wanted/17", "internal/1");
        assertThat(ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("wanted")), 10))).containsExactly("wanted/17");
        assertThat(ids(search.search(NameQuery.of("Oksana Hrynko"), Scope.registryAnd(Set.of("internal")), 10)))
                .containsExactlyInAnyOrder("p-hrynko", "internal/1");
        SearchHit.ListPerson found = (SearchHit.ListPerson) search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("wanted")), 1)
                .get(0).found();
        assertThat(found.list().title()).isEqualTo("Wanted");
        assertThat(index.lists()).extracting(WatchList.ListInfo::id).containsExactlyInAnyOrder("wanted", "internal");
        assertThat(index.list("wanted")).get().extracting(l -> l.entries().size()).isEqualTo(2);
        // re-importing replaces the list; removing it removes its entries
        index.index(new WatchList("wanted", "Wanted", "Interior ministry", LocalDate.of(2026, 2, 1), true, List.of(entry("18", "Demchuk Pavlo"))));
        assertThat(search.search(NameQuery.of("Oksana Hrynko"), Scope.lists(Set.of("wanted")), 10)).isEmpty();
        index.removeList("wanted");
        assertThat(index.lists()).extracting(WatchList.ListInfo::id).containsExactly("internal");
        assertThat(search.search(NameQuery.of("Demchuk Pavlo"), Scope.lists(Set.of("wanted")), 10)).isEmpty();
    }

    @Test
    void badQueriesAreClearErrors() {
        index.rebuild(List.of(person("p-hrynko", "Oksana Hrynko")));
        assertThatThrownBy(() -> search.search(NameQuery.of(""), Scope.everything(), 5)).isInstanceOf(NameInputException.class);
        assertThatThrownBy(() -> NameQuery.of("Oksana".repeat(2000))).isInstanceOf(NameInputException.class).hasMessageContaining("characters");
        assertThatThrownBy(() -> NameQuery.of("Oksana\u001BHrynko")).isInstanceOf(NameInputException.class).hasMessageContaining("control");
        assertThatThrownBy(() -> NameQuery.of("Oksana \uDBFF")).isInstanceOf(NameInputException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> search.search(NameQuery.of("Hrynko"), Scope.everything(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NameQuery.of("Hrynko").withMinScore(Double.NaN)).isInstanceOf(NameInputException.class);
    }

    @Test
    void awkwardButValidQueriesGiveSensibleResults() {
        index.rebuild(List.of(person("p-hrynko", "Oksana Hrynko"), person("p-mousavi", "حسین موسوی", "Hossein Mousavi"),
                person("p-glebov", "Глебов Ілля")));
        assertThat(search.search(NameQuery.of("O"), Scope.everything(), 5)).isEmpty();
        assertThat(ids(search.search(NameQuery.of("حسین موسوی"), Scope.registryOnly(), 5))).first().isEqualTo("p-mousavi");
        // a Latin G inside a Cyrillic word, and a Latin i in a Cyrillic given name
        assertThat(ids(search.search(NameQuery.of("Gлебов Iлля"), Scope.registryOnly(), 5))).first().isEqualTo("p-glebov");
        String longest = String.join(" ", java.util.Collections.nCopies(12, "Hrynkoooooooooooooooo"));
        assertThat(search.search(NameQuery.of(longest), Scope.registryOnly(), 5)).allMatch(h -> h.match().score() <= 1.0);
    }
}
