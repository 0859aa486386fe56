package org.tutela.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.lists.WatchList;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.search.NameIndexContract.entry;
import static org.tutela.search.NameIndexContract.person;

/** The "look yourself up" mode must not reveal anything of the registry. */
class PublicScopeTest {
    private final LuceneNameIndex index = LuceneNameIndex.inMemory();
    private final NameSearch search = new NameSearch(index);

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void onlyPublicListsAreSearchedAndTheRegistryIsNeverOpened() {
        index.rebuild(List.of(person("p-protected", "Oksana Hrynko", "Оксана Гринько")));
        index.index(new WatchList("interpol-red", "Red notices", "INTERPOL", LocalDate.of(2026, 3, 1), true,
                List.of(entry("n1", "HRYNKO Oksana"))));
        index.index(new WatchList("case-notes", "Internal case list", "Us", LocalDate.of(2026, 3, 1), false,
                List.of(entry("c1", "Oksana Hrynko"))));
        long registryReads = index.registryReads();
        List<SearchHit> hits = search.search(NameQuery.of("Оксана Гринько"), Scope.publicLookup(), 50);
        assertThat(index.registryReads()).as("the registry index is not opened by a public search").isEqualTo(registryReads);
        assertThat(hits).hasSize(1);
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.found()).isInstanceOf(SearchHit.ListPerson.class);
            assertThat(((SearchHit.ListPerson) h.found()).list().isPublic()).isTrue();
            assertThat(h.match().candidateName()).isEqualTo("HRYNKO Oksana");
        });
        // a name only the registry knows gives the same answer as a name nobody knows
        index.rebuild(List.of(person("p-protected-2", "Larysa Bondaruk")));
        assertThat(search.search(NameQuery.of("Larysa Bondaruk"), Scope.publicLookup(), 50))
                .isEqualTo(search.search(NameQuery.of("Zoryana Kvitka"), Scope.publicLookup(), 50))
                .isEmpty();
        assertThat(index.registryReads()).isEqualTo(registryReads);
    }

    @Test
    void aPublicScopeCannotIncludeTheRegistry() {
        assertThatThrownBy(() -> new Scope(true, true, java.util.Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registry");
    }
}
