package org.tutela.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.h2.tools.ChangeFileEncryption;
import org.tutela.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tutela key}: make a file key, and re-encrypt the embedded database under a new one. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Keys of the embedded database file (see README, Security).",
        subcommands = {KeyCommand.NewKey.class, KeyCommand.Rotate.class})
final class KeyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Print a new random key (256 bits, URL-safe Base64) for TUTELA_FILE_KEY or a key file.")
    static final class NewKey implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(newKey());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Re-encrypt the embedded database file under a new key, with the server stopped. The current key",
                    "comes from TUTELA_FILE_KEY or TUTELA_FILE_KEY_FILE as usual (none: the file is not encrypted yet);",
                    "the new key from --new-key-file or the first line of standard input."})
    static final class Rotate implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Option(names = "--new-key-file", paramLabel = "FILE", description = "Read the new key from FILE (outside the data directory).") Path newKeyFile;
        @Option(names = "--current-key-file", paramLabel = "FILE",
                description = "Read the current key from FILE instead of TUTELA_FILE_KEY / TUTELA_FILE_KEY_FILE.") Path currentKeyFile;

        @Override
        public Integer call() throws Exception {
            Settings settings = data.settings();
            if (settings.postgres().isPresent()) {
                throw new IllegalArgumentException("key rotation is for the embedded database; PostgreSQL encrypts at rest with its own means");
            }
            String fresh = newKeyFile != null ? Files.readString(newKeyFile).strip()
                    : Optional.ofNullable(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()).orElse("").strip();
            if (fresh.isEmpty() || fresh.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("the new key must be non-empty and contain no whitespace");
            }
            if (newKeyFile != null && newKeyFile.toAbsolutePath().normalize().startsWith(settings.dataDir())) {
                throw new IllegalArgumentException("--new-key-file lies inside the data directory; keep the key elsewhere");
            }
            Optional<String> current = currentKeyFile != null ? Optional.of(Files.readString(currentKeyFile).strip()) : settings.fileKey();
            if (!Files.exists(settings.dataDir().resolve("tutela.mv.db"))) {
                throw new IllegalArgumentException("no embedded database in " + settings.dataDir());
            }
            try {
                ChangeFileEncryption.execute(settings.dataDir().toString(), "tutela", "AES",
                        current.map(String::toCharArray).orElse(null), fresh.toCharArray(), true);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot re-encrypt " + settings.dataDir() + " (is the server still running, or the current key wrong?): "
                        + e.getMessage(), e);
            }
            spec.commandLine().getOut().println("re-encrypted " + settings.dataDir() + " under the new key; start the server with it from now on");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
