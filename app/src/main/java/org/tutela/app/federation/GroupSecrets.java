package org.tutela.app.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tutela.core.federation.PersonEncoding;
import org.tutela.core.federation.SharingRules;
import org.tutela.storage.PrivateFiles;

/**
 * The secret of each sharing group's person encoding, one file per group in the data directory (0600), never in
 * the database: whoever holds it can test names against the group's encodings. Members exchange it out of band.
 */
final class GroupSecrets {
    static final String DIRECTORY = "federation-groups";
    private final Path dir;

    GroupSecrets(Path dataDir) {
        this.dir = dataDir.resolve(DIRECTORY);
    }

    Optional<PersonEncoding> encoder(String group) {
        Path file = file(group);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PersonEncoding.of(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Keeps {@code secret} (URL-safe Base64) as the group's; a new random one when empty. Returns the secret kept. */
    String put(String group, Optional<String> secret) {
        String text = secret.map(String::strip).orElseGet(PersonEncoding::newSecret);
        PersonEncoding.of(text); // checks the form and length before anything is written
        try {
            PrivateFiles.createDirectories(dir);
            PrivateFiles.writeString(file(group), text + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file(group) + ": " + e.getMessage(), e);
        }
        return text;
    }

    private Path file(String group) {
        // the group's name is checked (letters, digits, '.', '-', starting with a letter or digit): it becomes a file name
        return dir.resolve(new SharingRules(group, null, null).group() + ".secret");
    }
}
