package org.tutela.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.h2.tools.Server;

/**
 * The command line beside a running server on one embedded database. The process that opens the file
 * serves it, for as long as it has it open, to other processes of the same machine: an H2 TCP server on a
 * loopback port, which accepts local connections only and opens this one database only under a random key.
 * Port and key are kept in {@code <data>/tutela.serving} (0600, deleted at close); a process that finds it
 * and the port answering reaches the database through it, still giving the file key.
 *
 * <p>Why not H2's own AUTO_SERVER, which does the same: it cannot be combined with DB_CLOSE_ON_EXIT=FALSE,
 * and H2 closing the database in its own shutdown hook would race Tutela's close, which signs the last audit
 * checkpoint. Why not a command line that calls the server's API: every command then works alike whether a
 * server runs or not, with no token to make and no second way to the data.
 */
final class LocalServing implements AutoCloseable {
    static final String FILE = "tutela.serving";

    static {
        // H2's servers listen on every interface unless told otherwise before H2 reads its settings
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final Server server;
    private final Path file;

    private LocalServing(Server server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** The address of the process serving this data directory's database now, if one does. */
    static Optional<String> runningUrl(StorageConfig.Embedded embedded) {
        Path file = embedded.dataDir().toAbsolutePath().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] portAndKey;
        try {
            portAndKey = Files.readString(file).strip().split("\\s+");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (portAndKey.length != 2 || !portAndKey[0].matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(portAndKey[0]);
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        } catch (IOException nobody) {
            return Optional.empty(); // left by a process that was killed: the file is ours to open
        }
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + portAndKey[1];
        return Optional.of(embedded.fileKey().isPresent() ? url + ";CIPHER=AES" : url);
    }

    /** Starts serving the database this process has just opened at {@code databasePath}. */
    static LocalServing start(StorageConfig.Embedded embedded, String databasePath) {
        if (!loopbackOnly()) {
            throw new StorageException("H2 was loaded before Tutela could bind its servers to loopback (h2.bindAddress is "
                    + org.h2.engine.SysProperties.BIND_ADDRESS + "); refusing to serve the database to the network", null);
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = "tutela-" + HexFormat.of().formatHex(random);
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, databasePath).start();
            Path file = embedded.dataDir().toAbsolutePath().resolve(FILE);
            try {
                PrivateFiles.writeString(file, server.getPort() + " " + key + "\n");
            } catch (IOException e) {
                server.stop();
                throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return new LocalServing(server, file);
        } catch (SQLException e) {
            throw new StorageException("cannot serve the database to commands on this machine: " + e.getMessage(), e);
        }
    }

    static boolean loopbackOnly() {
        String bound = org.h2.engine.SysProperties.BIND_ADDRESS;
        return "127.0.0.1".equals(bound) || "localhost".equals(bound) || "::1".equals(bound);
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is recognised by its port not answering
        }
    }
}
