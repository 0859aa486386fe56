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

/**
 * {@code tutela key}: make a file key, re-encrypt the embedded database under a new one; make an audit key
 * and rotate it.
 */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Keys of the embedded database file and of the audit chain (see README, Security).",
        subcommands = {KeyCommand.NewKey.class, KeyCommand.Rotate.class, KeyCommand.AuditNew.class, KeyCommand.AuditRotate.class})
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
            description = {"Print a new random key (256 bits, URL-safe Base64) for TUTELA_FILE_KEY or a key file;",
                    "with --out FILE, write it to FILE, readable by its owner only."})
    static final class NewKey implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Write the key to FILE (created 0600; must not exist).") Path out;

        @Override
        public Integer call() throws Exception {
            if (out == null) {
                spec.commandLine().getOut().println(newKey());
            } else {
                if (Files.exists(out)) {
                    throw new IllegalArgumentException(out + " exists already; a key file is never overwritten");
                }
                org.tutela.storage.PrivateFiles.writeString(out, newKey() + "\n");
                spec.commandLine().getOut().println("wrote a new file key to " + out);
            }
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

    @Command(name = "audit-new", mixinStandardHelpOptions = true,
            description = {"Print a new audit key (256 bits, URL-safe Base64) for TUTELA_AUDIT_KEY or an audit key file kept outside",
                    "the data directory. With --out FILE, write it to FILE, readable by its owner only."})
    static final class AuditNew implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Write the key to FILE (created 0600; must not exist).") Path out;

        @Override
        public Integer call() throws Exception {
            String key = org.tutela.storage.security.AuditKey.newKeyText();
            if (out == null) {
                spec.commandLine().getOut().println(key);
            } else {
                if (Files.exists(out)) {
                    throw new IllegalArgumentException(out + " exists already; rotate a key with `tutela key audit-rotate`");
                }
                org.tutela.storage.PrivateFiles.writeString(out, key + "\n");
                spec.commandLine().getOut().println("wrote a new audit key to " + out);
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "audit-rotate", mixinStandardHelpOptions = true,
            description = {"Put a new audit key first in the audit key file, keeping the earlier keys after it: new entries and",
                    "checkpoints are made with the new key, and the entries and checkpoints made with the earlier ones still check.",
                    "Stop the server, run `tutela audit checkpoint`, rotate, start it again."})
    static final class AuditRotate implements Callable<Integer> {
        @Mixin DataOptions data;
        @Spec CommandSpec spec;
        @Option(names = "--audit-key-file", paramLabel = "FILE", required = true, description = "The audit key file to rotate.") Path file;

        @Override
        public Integer call() throws Exception {
            Path keyFile = file.toAbsolutePath().normalize();
            if (keyFile.startsWith(data.settings().dataDir())) {
                throw new IllegalArgumentException("--audit-key-file lies inside the data directory; keep the key elsewhere");
            }
            String earlier = Files.readString(keyFile);
            org.tutela.storage.security.AuditKey.parse(earlier, keyFile.toString());
            String fresh = org.tutela.storage.security.AuditKey.newKeyText();
            Path next = keyFile.resolveSibling(keyFile.getFileName() + ".new");
            Files.deleteIfExists(next);
            org.tutela.storage.PrivateFiles.writeString(next, "# the current audit key first, earlier ones after it\n" + fresh + "\n"
                    + earlier.lines().filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n")) + "\n");
            Files.move(next, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            var key = org.tutela.storage.security.AuditKey.parse(Files.readString(keyFile), keyFile.toString());
            spec.commandLine().getOut().println("the audit key is now " + key.currentId() + " (earlier: " + key.ids().subList(1, key.ids().size())
                    + "); its checkpoint public key: " + key.publicKey(key.currentId()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
