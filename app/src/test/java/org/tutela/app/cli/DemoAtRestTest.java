package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.exchange.demo.DemoCase;

/**
 * The demo at rest, as someone who copies its data directory finds it: after {@code tutela demo --no-serve}
 * and a search on it, no byte sequence of any file spells a name of the seed case (as {@code strings -a}
 * or {@code grep -a} would find one), and every file is its owner's alone.
 */
class DemoAtRestTest {
    @TempDir
    Path dir;

    /** Every word of every name of every person of the seed case, as written, in capitals and in small letters. */
    static Set<String> seedNames() {
        Set<String> words = new TreeSet<>();
        for (var record : DemoCase.records()) {
            if (record instanceof Person person) {
                for (PersonName name : person.names()) {
                    for (String word : name.full().split("[\\s,.()\"'-]+")) {
                        if (word.length() >= 5) {
                            words.add(word);
                            words.add(word.toUpperCase(Locale.ROOT));
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return words;
    }

    @Test
    void noNameOfTheSeedCaseCanBeReadInTheDemosDataDirectory() throws Exception {
        Cli.Run demo = run("demo", "--no-serve", "--data", dir.resolve("demo").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("DEMO ONLY").contains("demo-keys");
        Path data = dir.resolve("demo");
        Cli.Run search = run("search", "ДЖАРДЕМАЛИ", "--data", data.toString());
        assertThat(search.out()).as("the command line finds the demo's keys, and the index is rebuilt in memory").contains("Jardemalie");

        Set<String> names = seedNames();
        assertThat(names).contains("Jardemalie", "Джардемали", "Ablyazov", "Yerimbetov");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the database is there").anyMatch(f -> f.getFileName().toString().equals("tutela.mv.db"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String name : names) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    if (indexOf(bytes, name.getBytes(charset)) >= 0) {
                        found.add(name + " (" + charset + ") in " + data.relativize(file));
                    }
                }
            }
        }
        assertThat(found).as("names readable at rest").isEmpty();
        assertThat(Files.exists(data.resolve("index"))).as("no index on disk").isFalse();
    }

    @Test
    void everyFileIsItsOwnersAloneAndTheKeysLieOutsideTheDataDirectory() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        Path keys = dir.resolve("demo-keys");
        assertThat(keys.resolve("file.key")).exists();
        assertThat(keys.resolve("audit.key")).exists();
        for (Path top : List.of(dir.resolve("demo"), keys)) {
            try (Stream<Path> walk = Files.walk(top)) {
                for (Path p : walk.toList()) {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                }
            }
        }
        Cli.Run verify = run("audit", "verify", "--data", dir.resolve("demo").toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("signed checkpoints");
        assertThat(verify.err()).doesNotContain("not keyed");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
