package org.tutela.core.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameEquivalentsTest {

    @Test
    void shippedFilesAreLoadedWithTheirKinds() {
        NameEquivalents e = NameAnalyser.standard().equivalents();
        assertThat(e.size()).isGreaterThan(1000);
        assertThat(NameAnalyser.standard().part("бота").groups()).anyMatch(m -> m.shortForm() && m.kind() == NameEquivalents.Kind.DIMINUTIVE);
    }

    @Test
    void aCuratorFileAddsEquivalencesWithoutCode(@TempDir Path dir) throws IOException {
        NameMatcher before = NameMatcher.standard();
        assertThat(before.compare("Myrosia Lytvyn", "Мирослава Литвин").parts().get(0).kind()).isNotEqualTo(PartMatch.Kind.DIMINUTIVE);
        Path file = dir.resolve("curator.txt");
        Files.writeString(file, "# kind: diminutive\nМирослава = Мирося\n");
        NameMatcher after = new NameMatcher(NameAnalyser.withExtraEquivalents(List.of(file)));
        NameMatch m = after.compare("Myrosia Lytvyn", "Мирослава Литвин");
        assertThat(m.parts().get(0).kind()).isEqualTo(PartMatch.Kind.DIMINUTIVE);
        assertThat(m.parts().get(0).detail()).contains("curator.txt");
    }

    @Test
    void aFileWithoutKindIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "# no kind here\nФома = Фомка\n");
        assertThatThrownBy(() -> NameAnalyser.withExtraEquivalents(List.of(file)))
                .hasMessageContaining("line 2").hasMessageContaining("kind");
    }
}
