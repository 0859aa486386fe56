package org.tutela.storage.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Revision;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

/**
 * A process killed without warning (SIGKILL) loses no write it had reported committed, and leaves
 * no batch half-written. A child JVM writes batches and reports each commit; this test kills it at a
 * random moment, opens the database again and compares. Several rounds, so that the database is also
 * reopened after a kill and written again.
 */
class KilledProcessTest {
    private static final int ROUNDS = 3;

    @TempDir
    Path work;

    @Test
    void embeddedH2KeepsEveryCommittedBatch() throws Exception {
        Path dataDir = work.resolve("data");
        survivesKills(StorageConfig.Embedded.at(dataDir), "h2", dataDir.toString(), ROUNDS);
    }

    @Test
    void postgresKeepsEveryCommittedBatch() throws Exception {
        StorageConfig.Postgres config = TestPostgres.freshSchema();
        try {
            // the server, not the killed process, keeps PostgreSQL's commits: fewer rounds show as much
            survivesKills(config, "pg", config.schema().orElseThrow(), 2);
        } finally {
            TestPostgres.drop(config);
        }
    }

    private void survivesKills(StorageConfig config, String mode, String where, int rounds) throws Exception {
        Random random = new Random();
        TreeSet<Integer> reported = new TreeSet<>();
        int next = 1;
        for (int round = 0; round < rounds; round++) {
            int killAfter = 20 + random.nextInt(30);
            reported.addAll(runAndKill(mode, where, next, killAfter, random.nextInt(40)));
            assertThat(reported.last()).as("round %d reached batch", round).isGreaterThanOrEqualTo(next + killAfter - 1);
            try (Storage storage = Storage.open(config)) {
                next = check(storage.registry(), reported) + 1;
            }
        }
    }

    /** Runs the writer from batch {@code first}, kills it once it has reported {@code killAfter} commits and slept a little. */
    private List<Integer> runAndKill(String mode, String where, int first, int killAfter, int sleepMillis) throws Exception {
        Path errors = work.resolve("writer-" + first + ".err");
        // a file, not a pipe: killing a process closes the pipe and drops what it wrote last
        Path output = work.resolve("writer-" + first + ".out");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriterProcess.class.getName(), mode, where, Integer.toString(first))
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (committed(output).size() < killAfter) {
                assertThat(child.isAlive()).as("the writer stopped early; its errors: %s", Files.readString(errors)).isTrue();
                assertThat(System.nanoTime()).as("the writer is too slow").isLessThan(deadline);
                Thread.sleep(5);
            }
            Thread.sleep(sleepMillis);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed, not ended").isNotZero();
        return committed(output);
    }

    /** The batches reported so far; a line cut short by the kill does not count. */
    private static List<Integer> committed(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        return complete.lines().map(line -> Integer.parseInt(line.substring("committed ".length()))).toList();
    }

    /** Every reported batch is there whole; any other batch is whole or absent. Returns the last batch present. */
    private static int check(Registry registry, TreeSet<Integer> reported) {
        List<Revision> shared = registry.history(WriterProcess.SHARED);
        int last = shared.size();
        assertThat(last).as("batches in the database").isGreaterThanOrEqualTo(reported.last());
        assertThat(last).as("at most one batch committed but not yet reported").isLessThanOrEqualTo(reported.last() + 1);
        assertThat(shared).extracting(Revision::reason)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, last).mapToObj(WriterProcess::reason).toList());
        for (int n = 1; n <= last + 1; n++) {
            boolean expected = n <= last;
            assertThat(registry.get(WriterProcess.source(n)).isPresent()).as("source of batch %d", n).isEqualTo(expected);
            for (int i = 0; i < 3; i++) {
                assertThat(registry.get(WriterProcess.person(n, i)).isPresent()).as("person %d of batch %d", i, n).isEqualTo(expected);
            }
        }
        assertThat(registry.get(WriterProcess.SHARED).orElseThrow().label()).isEqualTo("Rewritten by batch " + last);
        assertThat(registry.count(Optional.empty())).isEqualTo(1 + 4L * last);
        return last;
    }
}
