package org.tutela.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.lists.WatchList;
import org.tutela.core.registry.Samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.search.NameIndexContract.entry;

class NameIndexTest {

    @Test
    void anIndexOnDiskSurvivesClosingAndReopening(@TempDir Path dir) {
        Path at = dir.resolve("index");
        try (NameIndex index = NameIndex.open(at)) {
            assertThat(index.registryNeedsRebuild()).isTrue();
            index.rebuild(List.of(Samples.target()));
            index.index(new WatchList("wanted", "Wanted", "Ministry", LocalDate.of(2026, 1, 1), true, List.of(entry("1", "Pavlo Demchuk"))));
        }
        try (NameIndex index = NameIndex.open(at)) {
            assertThat(index.registryNeedsRebuild()).isFalse();
            NameSearch search = new NameSearch(index);
            assertThat(search.search(NameQuery.of("Надзея Каваленка"), Scope.registryOnly(), 5))
                    .extracting(h -> ((SearchHit.RegistryPerson) h.found()).id()).containsExactly(Samples.TARGET);
            assertThat(search.search(NameQuery.of("Demchuk"), Scope.lists(Set.of("wanted")), 5)).hasSize(1);
            assertThat(index.lists()).extracting(WatchList.ListInfo::id).containsExactly("wanted");
        }
    }

    @Test
    void oneUpdateAddsReplacesAndRemovesTogether() {
        try (NameIndex index = NameIndex.inMemory()) {
            index.update(List.of(Samples.target(), Samples.brother()), List.of());
            NameSearch search = new NameSearch(index);
            assertThat(search.search(NameQuery.of("Alieh Kavalenka"), Scope.registryOnly(), 5)).isNotEmpty();
            index.update(List.of(), List.of(Samples.BROTHER));
            assertThat(search.search(NameQuery.of("Alieh Kavalenka"), Scope.registryOnly(), 5))
                    .extracting(h -> ((SearchHit.RegistryPerson) h.found()).id()).doesNotContain(Samples.BROTHER);
            assertThat(search.search(NameQuery.of("Nadzeya Kavalenka"), Scope.registryOnly(), 5)).isNotEmpty();
        }
    }

    @Test
    void aListIndexedInPartsIsSearchedWholeAndAnEntryAddedAgainReplacesItself() {
        WatchList.ListInfo wanted = new WatchList.ListInfo("wanted", "Wanted", "Ministry", LocalDate.of(2026, 1, 1), true);
        try (LuceneNameIndex index = LuceneNameIndex.inMemory()) {
            NameSearch search = new NameSearch(index);
            index.add(wanted, List.of(entry("1", "Pavlo Demchuk"), entry("2", "Olena Kovalenko")));
            index.add(wanted, List.of(entry("3", "Ihor Melnyk")));
            assertThat(index.<Integer>readLists(s -> s.getIndexReader().leaves().size())).as("a segment per part").isGreaterThan(1);
            index.compactLists();
            assertThat(index.<Integer>readLists(s -> s.getIndexReader().leaves().size())).as("compacted").isEqualTo(1);
            assertThat(search.search(NameQuery.of("Demchuk"), Scope.lists(Set.of("wanted")), 5)).hasSize(1);
            assertThat(search.search(NameQuery.of("Ihor Melnyk"), Scope.lists(Set.of("wanted")), 5)).hasSize(1);
            assertThat(index.lists()).extracting(WatchList.ListInfo::id).as("the list's facts once, not once per part")
                    .containsExactly("wanted");

            index.add(wanted, List.of(entry("1", "Pavlo Demchuk")));
            assertThat(index.list("wanted").orElseThrow().entries()).extracting(e -> e.id())
                    .containsExactlyInAnyOrder("1", "2", "3");
            assertThat(search.search(NameQuery.of("Demchuk"), Scope.lists(Set.of("wanted")), 5)).hasSize(1);

            // another list, written in its own segment, which indexing a whole list merges with the new one
            index.add(new WatchList.ListInfo("other", "Other", "Ministry", LocalDate.of(2026, 1, 1), true), List.of(entry("9", "Taras Bondar")));
            index.index(new WatchList("wanted", "Wanted", "Ministry", LocalDate.of(2026, 2, 1), true, List.of(entry("4", "Anna Shevchenko"))));
            assertThat(index.list("wanted").orElseThrow().entries()).as("indexing the whole list replaces its parts")
                    .extracting(e -> e.id()).containsExactly("4");
            assertThat(search.search(NameQuery.of("Taras Bondar"), Scope.lists(Set.of("other")), 5)).hasSize(1);
            int segments = index.<Integer>readLists(s -> s.getIndexReader().leaves().size());
            assertThat(segments)
                    .as("a whole list leaves the lists' index in one segment, which searches set up once").isEqualTo(1);
        }
    }
}
