package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Which server this is, kept in the data directory so that it outlives restarts: the name index there
 * belongs to this server, and its position in the change feed is kept under this id. The instance adds
 * the process, so that a lease held by a server that was killed is not mistaken for one's own.
 */
record ServerId(String value, String instance) {
    static final String FILE = "server-id";

    static ServerId of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            String id;
            if (Files.exists(file)) {
                id = Files.readString(file).strip();
            } else {
                id = UUID.randomUUID().toString().substring(0, 8);
                org.tutela.storage.PrivateFiles.writeString(file, id + "\n");
            }
            return new ServerId(id, id + "@" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 4));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the server id in " + file + ": " + e.getMessage(), e);
        }
    }
}
