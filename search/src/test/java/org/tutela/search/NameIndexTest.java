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

/** The Lucene adapter on disk (what the benchmarks open); the contract itself is {@link NameIndexContract}'s. */
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
}
