package org.tutela.exchange;

import java.nio.file.Path;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RecordSet;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * A separate process that imports a file into an embedded registry, for the test that kills it midway.
 * Prints how long a dry run took, then imports for real and prints "imported".
 */
public final class ImportProcess {
    private ImportProcess() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path file = Path.of(args[1]);
        Format format = Format.valueOf(args[2]);
        Importer importer = new Importer();
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(data))) {
            long start = System.nanoTime();
            importer.check(file, format, RecordSet.of(java.util.List.of()), ImportOptions.strict());
            System.out.println("checked " + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
            importer.importFile(file, format, storage.registry(), Change.by("process", "kill test"), ImportOptions.strict());
            System.out.println("imported");
            System.out.flush();
        }
    }
}
