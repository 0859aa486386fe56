package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;

/** Encrypting a plain file, then rotating its key: the old key stops working, the data stays. */
class KeyCommandTest {
    @TempDir
    Path dir;

    static Path write(Path file, String text) {
        try {
            return java.nio.file.Files.writeString(file, text + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void encryptThenRotate() {
        Path data = dir.resolve("data");
        try (Tutela tutela = Tutela.open(new Settings(data, Optional.empty()))) {
            tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        }
        String first = KeyCommand.newKey();
        assertThat(first).doesNotContainAnyWhitespaces().hasSizeGreaterThanOrEqualTo(43);
        var encrypt = SecurityCommandsTest.run(first + "\n", "key", "rotate", "--data", data.toString());
        assertThat(encrypt.code()).as(encrypt.err()).isZero();
        assertThatThrownBy(() -> Tutela.open(new Settings(data, Optional.empty()))).hasMessageContaining("encrypted");
        Settings withFirst = Settings.resolve(Optional.of(data), Optional.empty(), Map.of("TUTELA_FILE_KEY", first));
        try (Tutela tutela = Tutela.open(withFirst)) {
            assertThat(tutela.registry().get(Samples.TARGET)).isPresent();
        }

        String second = KeyCommand.newKey();
        Path firstFile = write(dir.resolve("first.key"), first);
        Path secondFile = write(dir.resolve("second.key"), second);
        var rotate = SecurityCommandsTest.run("", "key", "rotate", "--data", data.toString(), "--current-key-file", firstFile.toString(),
                "--new-key-file", secondFile.toString());
        assertThat(rotate.code()).as(rotate.err()).isZero();
        var wrong = SecurityCommandsTest.run("", "key", "rotate", "--data", data.toString(), "--current-key-file", firstFile.toString(),
                "--new-key-file", firstFile.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("cannot re-encrypt");
        assertThatThrownBy(() -> Tutela.open(withFirst)).hasMessageContaining("key");
        try (Tutela tutela = Tutela.open(Settings.resolve(Optional.of(data), Optional.empty(), Map.of("TUTELA_FILE_KEY", second)))) {
            assertThat(tutela.registry().get(Samples.TARGET)).isPresent();
        }
    }
}
