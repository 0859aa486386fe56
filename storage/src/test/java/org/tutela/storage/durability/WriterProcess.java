package org.tutela.storage.durability;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Source;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.TestPostgres;

/**
 * The child process of {@link KilledProcessTest}: saves numbered batches until it is killed, and
 * prints {@code committed <n>} as soon as batch n's write has returned.
 * Arguments: {@code h2 <dataDir> <first>} or {@code pg <schema> <first>}.
 */
public final class WriterProcess {
    static final RecordId SHARED = RecordId.of("source-durability-shared");

    private WriterProcess() {
    }

    public static void main(String[] args) {
        StorageConfig config = args[0].equals("h2")
                ? StorageConfig.Embedded.at(Path.of(args[1]))
                : new StorageConfig.Postgres(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD, Optional.of(args[1]));
        int first = Integer.parseInt(args[2]);
        try (Storage storage = Storage.open(config)) {
            Registry registry = storage.registry();
            for (int n = first; ; n++) {
                registry.saveAll(batch(n), Change.by("durability-test", reason(n)));
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }

    static String reason(int n) {
        return "batch " + n;
    }

    static RecordId source(int n) {
        return RecordId.of("source-durability-" + n);
    }

    static RecordId person(int n, int i) {
        return RecordId.of("person-durability-" + n + "-" + i);
    }

    /** A new source, people citing it, and one more revision of a record every batch rewrites. */
    static List<RegistryRecord> batch(int n) {
        Source source = new Source(source(n), "Report " + n, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Source.Type.NGO_REPORT, Source.Reliability.CANNOT_BE_JUDGED, Optional.empty(), Provenance.none());
        Source shared = new Source(SHARED, "Rewritten by batch " + n, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Source.Type.OTHER, Source.Reliability.CANNOT_BE_JUDGED, Optional.empty(), Provenance.none());
        List<RegistryRecord> records = new java.util.ArrayList<>(List.of(source, shared));
        for (int i = 0; i < 3; i++) {
            records.add(new Person(person(n, i), List.of(PersonName.of("Person " + n + "-" + i, PersonName.Kind.PRIMARY)),
                    Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Optional.of("x".repeat(2000)),
                    Provenance.of(source.id())));
        }
        return records;
    }
}
