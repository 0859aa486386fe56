package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tutela audit verify} on a keyed chain with checkpoints (the demo's, whose keys the command line
 * finds beside it), against someone who writes the encrypted database with its file key but has not the
 * audit key; and {@code tutela key audit-rotate}.
 */
class KeyedAuditCommandsTest {
    @TempDir
    Path dir;
    Path demo;

    @BeforeEach
    void demo() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        demo = dir.resolve("demo");
    }

    void sql(String statement) throws Exception {
        String fileKey = Files.readString(dir.resolve("demo-keys").resolve("file.key")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + demo.resolve("tutela") + ";CIPHER=AES", "tutela", fileKey + " ");
             Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void aCutTailAndAnAlteredCheckpointFileAreFound() throws Exception {
        Cli.Run intact = run("audit", "verify", "--data", demo.toString());
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("audit log intact").contains("signed checkpoints");

        Path checkpoints = demo.resolve("audit-checkpoints").resolve("audit-checkpoints.log");
        List<String> lines = Files.readAllLines(checkpoints);
        sql("DELETE FROM audit_entry WHERE seq > 3");
        // the last checkpoint moved back to the cut head, to hide the cut
        List<String> moved = new java.util.ArrayList<>(lines);
        String[] last = moved.get(moved.size() - 1).split(" ");
        last[2] = "3";
        moved.set(moved.size() - 1, String.join(" ", last));
        Files.write(checkpoints, moved);
        Cli.Run hidden = run("audit", "verify", "--data", demo.toString());
        assertThat(hidden.code()).isEqualTo(3);
        assertThat(hidden.err()).contains("BROKEN");

        Files.write(checkpoints, lines);
        Cli.Run cutOnly = run("audit", "verify", "--data", demo.toString());
        assertThat(cutOnly.code()).isEqualTo(3);
        assertThat(cutOnly.err()).contains("missing").contains("tail was cut");
    }

    @Test
    void aRotatedKeyChainsNewEntriesAndTheOldOnesStillCheck() throws Exception {
        Path keyFile = dir.resolve("demo-keys").resolve("audit.key");
        Cli.Run rotated = run("key", "audit-rotate", "--audit-key-file", keyFile.toString(), "--data", demo.toString());
        assertThat(rotated.code()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("the audit key is now");
        assertThat(Files.readAllLines(keyFile).stream().filter(l -> !l.startsWith("#"))).hasSize(2);
        assertThat(run("search", "Jardemalie", "--data", demo.toString()).code()).isZero();
        Cli.Run verify = run("audit", "verify", "--data", demo.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(run("audit", "search", "--action", "SEARCH", "--data", demo.toString()).out()).contains("name search 'Jardemalie'");
    }
}
