package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.tutela.storage.PrivateFiles;
import java.util.stream.Stream;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.app.lists.ListLibrary;
import org.tutela.core.lists.ListImportException;
import org.tutela.exchange.demo.DemoCase;
import org.tutela.exchange.demo.DemoLists;
import org.tutela.exchange.demo.SeedWorkflow;

/**
 * The demo: a fresh embedded registry holding the seed case, encrypted like a real one. Its file key and
 * audit key are made for each run and kept beside the demo's data directory, not in it
 * ({@code <data>/demo-keys/} for {@code <data>/demo}), so that the demo directory alone reads as noise.
 */
public final class DemoData {
    /** Marks a directory as the demo's own, so that rebuilding it can never wipe real data. */
    static final String MARKER = ".tutela-demo";
    static final String FILE_KEY = "file.key";
    static final String AUDIT_KEY = "audit.key";

    /** Where the demo's keys are kept: a directory beside the demo's data directory. */
    public static Path keysOf(Path demoDir) {
        Path dir = demoDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + "-keys");
    }

    /** Makes new demo keys (0600 files in a 0700 directory beside the demo's) and returns the demo's settings with them. */
    public static Settings withNewKeys(Path demoDir) throws IOException {
        Path keys = PrivateFiles.createDirectories(keysOf(demoDir));
        String fileKey = org.tutela.storage.security.AuditKey.newKeyText();
        String auditKey = org.tutela.storage.security.AuditKey.newKeyText();
        PrivateFiles.writeString(keys.resolve(FILE_KEY), fileKey + "\n");
        PrivateFiles.writeString(keys.resolve(AUDIT_KEY), auditKey + "\n");
        return new Settings(demoDir, Optional.empty(), Optional.of(fileKey), Optional.of(auditKey), null);
    }

    /**
     * The demo's settings with its keys, for a directory made by {@code tutela demo}: the keys are read from
     * beside it. Only a directory carrying the demo's marker gets them, so real data never opens with a key
     * found lying about.
     */
    static Settings withDemoKeys(Settings settings) {
        Path keys = keysOf(settings.dataDir());
        if (settings.postgres().isPresent() || !Files.exists(settings.dataDir().resolve(MARKER)) || !Files.isDirectory(keys)) {
            return settings;
        }
        try {
            Optional<String> fileKey = settings.fileKey().or(() -> read(keys.resolve(FILE_KEY)));
            Optional<String> auditKey = settings.auditKey().or(() -> read(keys.resolve(AUDIT_KEY)));
            return new Settings(settings.dataDir(), settings.postgres(), fileKey, auditKey, settings.auditCheckpoints());
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the demo's keys in " + keys + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DemoData() {
    }

    /**
     * Rebuilds the demo directory from nothing and loads the seed case in one transaction, then the demo's
     * public lists; returns the count of records.
     */
    public static int load(Settings demo) throws IOException {
        wipe(demo.dataDir());
        PrivateFiles.createDirectories(demo.dataDir());
        PrivateFiles.writeString(demo.dataDir().resolve(MARKER), "demo data; rebuilt by `tutela demo`\n");
        List<RegistryRecord> records = DemoCase.records();
        try (Tutela tutela = Tutela.open(demo)) {
            tutela.registry().saveAll(records, Change.by("tutela demo", "seed case loaded as demo data"));
            // the public lists the seed documents report her on, for the "look yourself up" page
            for (DemoLists.DemoList list : DemoLists.all()) {
                try {
                    tutela.lists().importText(list.fileName(), list.text(), list.info(), ListLibrary.Format.FTM, Optional.empty());
                } catch (ListImportException e) {
                    throw new IllegalStateException("the demo list " + list.resource() + " does not read: " + e.getMessage(), e);
                }
            }
            // the requests' lives after screening, replayed from the sources; their screenings as of the
            // days they were decided on come first, so that today's below stay the latest
            for (SeedWorkflow.Replayed step : SeedWorkflow.steps(records,
                    (id, day) -> ScreeningReference.of(tutela.screening().screen(id, day)))) {
                CooperationRequest request = tutela.registry().get(step.request(), CooperationRequest.class).orElseThrow();
                tutela.requests().record(request, step.attempt(), "tutela demo");
            }
            // every request screened once as of today, so that the dashboard shows bands from the start
            for (CooperationRequest request : tutela.registry().all(CooperationRequest.class)) {
                tutela.screening().screen(request.id(), LocalDate.now());
            }
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
