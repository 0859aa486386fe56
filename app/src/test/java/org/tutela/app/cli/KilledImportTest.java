package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Samples;

/**
 * A process killed (SIGKILL) in the middle of a large import loses no committed data and leaves no
 * half of the import behind; the registry opens again and the same import then succeeds.
 */
class KilledImportTest {
    private static final int PERSONS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheRegistryAsItWasOrComplete() throws Exception {
        Path data = dir.resolve("data");
        Settings settings = new Settings(data, Optional.empty());
        try (Tutela tutela = Tutela.open(settings)) {
            tutela.registry().saveAll(Samples.all(), Change.by("test", "committed before the import"));
        }
        int before = persons(settings);
        Path file = bigFile();

        boolean killedMidway = false;
        for (long delay : new long[] {2_500, 4_000, 6_000, 9_000}) {
            Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    TutelaCommand.class.getName(), "import", "--data", data.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + delay + ".log").toFile()).start();
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
                killedMidway = true;
            }
            int after = persons(settings);
            assertThat(after).as("persons after a kill at %d ms", delay).isIn(before, before + PERSONS);
            if (after == before + PERSONS) {
                break;
            }
        }
        assertThat(killedMidway).as("at least one run was killed before it finished").isTrue();

        int code = TutelaCommand.commandLine().execute("import", "--data", data.toString(), file.toString());
        assertThat(code).isZero();
        assertThat(persons(settings)).isEqualTo(before + PERSONS);
        try (Tutela tutela = Tutela.open(settings)) {
            assertThat(tutela.registry().get(Samples.REQUEST)).isPresent();
        }
    }

    private static int persons(Settings settings) {
        try (Tutela tutela = Tutela.open(settings)) {
            return tutela.registry().all(Person.class).size();
        }
    }

    private Path bigFile() throws Exception {
        Path file = dir.resolve("many.jsonl");
        String[] given = {"Aigerim", "Dauren", "Saule", "Nurlan", "Gulnara", "Yerlan", "Madina", "Arman"};
        String[] surnames = {"Abenova", "Seitkali", "Nurlanov", "Bekova", "Omarov", "Zhaksybek", "Tulegenova", "Karimov"};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < PERSONS; i++) {
                out.write("{\"kind\":\"person\",\"id\":\"person-bulk-" + i + "\",\"names\":[{\"full\":\""
                        + given[i % given.length] + " " + surnames[(i / given.length) % surnames.length] + " " + i
                        + "\",\"kind\":\"PRIMARY\"}],\"nationalities\":[\"KZ\"]}\n");
            }
        }
        return file;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

}
