package org.tutela.app.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Caller;
import org.tutela.app.security.Role;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;

/**
 * What the tests that screen a stored request through its owner's compartment start from (registered as a static
 * extension of the class): a Tutela in a temporary folder of its own holding the registry samples and the class's own
 * records, the records it names in compartment {@value #OUTSIDE} and every other one in {@value #INSIDE}; opened
 * before the class's tests, closed and removed after them.
 */
public final class SamplesInCompartments implements BeforeAllCallback, AfterAllCallback {
    public static final String INSIDE = "inside";
    public static final String OUTSIDE = "outside";
    private final List<RegistryRecord> more;
    private final List<String> outside;
    private Path dir;
    private Tutela tutela;

    /** The samples and {@code more}; the ids in {@code outside} go to {@link #OUTSIDE}. */
    public SamplesInCompartments(List<RegistryRecord> more, List<String> outside) {
        this.more = List.copyOf(more);
        this.outside = List.copyOf(outside);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("tutela-samples");
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        List<RegistryRecord> records = new ArrayList<>(Samples.all());
        records.addAll(more);
        tutela.registry().saveAll(records, Change.by("test", "fixtures"));
        tutela.awaitConsumers();
        tutela.compartments().assign(outside, OUTSIDE);
        tutela.compartments().assignUnassigned(INSIDE);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (tutela != null) {
                tutela.close();
            }
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    public Tutela tutela() {
        return tutela;
    }

    /** The registry as {@code name}, acting in {@code role} in {@code compartment} only, sees it. */
    public Registry as(String name, Role role, String compartment, String reason) {
        return tutela.registryFor(() -> Optional.of(new Caller(name, role, Set.of(compartment), Optional.of(reason), Optional.empty())));
    }

    /**
     * The samples' request of the persecuting state as another request: {@code id}, dated {@code on}, asking for
     * {@code measures}, with no reference number, proceeding or complainant of its own.
     */
    public static CooperationRequest sampleRequest(RecordId id, ApproximateDate on, List<CooperationRequest.Measure> measures) {
        CooperationRequest r = Samples.mlaRequest();
        return new CooperationRequest(id, r.type(), r.requestingState(), r.requestedState(), Optional.of(on), List.of(),
                r.requestingAuthority(), Optional.empty(), r.persons(), r.offences(), r.allegedFacts(), measures, r.legalBases(),
                r.channel(), Optional.empty(), List.of(), List.of(), Provenance.of(on, Citation.of(Samples.SOURCE)));
    }
}
