package org.tutela.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.requests.ScreeningReference;
import org.tutela.exchange.demo.DemoCase;
import org.tutela.exchange.demo.SeedWorkflow;

/** The demo: a fresh embedded registry holding the seed case. */
public final class DemoData {
    /** Marks a directory as the demo's own, so that rebuilding it can never wipe real data. */
    static final String MARKER = ".tutela-demo";

    private DemoData() {
    }

    /** Rebuilds the demo directory from nothing and loads the seed case in one transaction; returns the count. */
    public static int load(Settings demo) throws IOException {
        wipe(demo.dataDir());
        Files.createDirectories(demo.dataDir());
        Files.writeString(demo.dataDir().resolve(MARKER), "demo data; rebuilt by `tutela demo`\n");
        List<RegistryRecord> records = DemoCase.records();
        try (Tutela tutela = Tutela.open(demo)) {
            tutela.registry().saveAll(records, Change.by("tutela demo", "seed case loaded as demo data"));
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
