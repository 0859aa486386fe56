package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;
import org.tutela.storage.StorageException;

/** The embedded file's key comes from the environment or a key file outside the data directory. */
class FileKeyTest {
    @TempDir
    Path dir;

    @Test
    void aKeyFromTheEnvironmentEncryptsTheFile() throws Exception {
        Path data = dir.resolve("data");
        Settings keyed = Settings.resolve(Optional.of(data), Optional.empty(), Map.of("TUTELA_FILE_KEY", "k3y-from-a-secret-store"));
        assertThat(keyed.fileKey()).isPresent();
        assertThat(keyed.toString()).doesNotContain("k3y");
        try (Tutela tutela = Tutela.open(keyed)) {
            tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        }
        byte[] file = Files.readAllBytes(data.resolve("tutela.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Kavalenka");
        assertThatThrownBy(() -> Tutela.open(new Settings(data, Optional.empty()))).isInstanceOf(StorageException.class)
                .hasMessageContaining("encrypted");
        try (Tutela again = Tutela.open(keyed)) {
            assertThat(again.registry().get(Samples.TARGET)).isPresent();
        }
    }

    @Test
    void aKeyFileInsideTheDataDirectoryIsRefused() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path inside = Files.writeString(data.resolve("key"), "secret-key\n");
        assertThatThrownBy(() -> Settings.resolve(Optional.of(data), Optional.empty(), Map.of("TUTELA_FILE_KEY_FILE", inside.toString())))
                .hasMessageContaining("inside the data directory");
        Path outside = Files.writeString(dir.resolve("key"), "secret-key\n");
        assertThat(Settings.resolve(Optional.of(data), Optional.empty(), Map.of("TUTELA_FILE_KEY_FILE", outside.toString())).fileKey())
                .contains("secret-key");
        assertThatThrownBy(() -> Settings.resolve(Optional.of(data), Optional.empty(),
                Map.of("TUTELA_FILE_KEY_FILE", outside.toString(), "TUTELA_FILE_KEY", "x"))).hasMessageContaining("not both");
    }
}
