package org.tutela.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.exchange.demo.DemoCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tutela demo}: a fresh embedded registry holding the seed case, served on the web. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the seed case (Botagoz Jardemalie and related exiles) into a fresh embedded database",
                "in <data>/demo and start the server. The demo directory is wiped and rebuilt on every run."})
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = ".tutela-demo";

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load the demo data and exit without starting the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        Settings base = data.settings();
        Settings demo = new Settings(base.dataDir().resolve("demo"), Optional.empty());
        int loaded = load(demo);
        System.out.println("Loaded the seed case: " + loaded + " records into " + demo.dataDir());
        if (!noServe) {
            ServeCommand.start(demo, port);
        }
        return 0;
    }

    /** Rebuilds the demo directory from nothing and loads the seed case in one transaction. */
    static int load(Settings demo) throws IOException {
        wipe(demo.dataDir());
        Files.createDirectories(demo.dataDir());
        Files.writeString(demo.dataDir().resolve(MARKER), "demo data; rebuilt by `tutela demo`\n");
        List<RegistryRecord> records = DemoCase.records();
        try (Tutela tutela = Tutela.open(demo)) {
            tutela.registry().saveAll(records, Change.by("tutela demo", "seed case loaded as demo data"));
        }
        return records.size();
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve(MARKER))) {
            throw new IllegalStateException(dir + " exists but was not made by `tutela demo`; refusing to wipe it");
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
