package org.tutela.app.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.CsvListImport;
import org.tutela.core.lists.ListImportException;
import org.tutela.core.lists.WatchList;
import org.tutela.json.RecordJson;
import org.tutela.search.NameIndex;
import org.tutela.search.lists.FtmListImport;

/**
 * The imported watch and wanted lists: each kept as the file it came from plus how to read it, under
 * {@code <data>/lists/<id>/}, and indexed for search. Keeping the source means the index can always be
 * rebuilt from it when the name keys change.
 */
public final class ListLibrary {
    private static final String META = "list.json";
    private static final String SOURCE = "source";

    public enum Format { FTM, CSV }

    /** How a stored list is read: its facts, its format and, for CSV, its columns. */
    public record StoredList(WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns, int entries) {
    }

    private final Path directory;
    private final NameIndex index;
    private final ObjectMapper mapper = RecordJson.mapper();

    public ListLibrary(Path directory, NameIndex index) {
        this.directory = directory;
        this.index = index;
    }

    /**
     * Reads the whole file first — a malformed row names the row and imports nothing — then keeps the
     * file and indexes the list, replacing a list of the same id.
     */
    public StoredList importList(Path file, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException {
        WatchList list = read(file, info, format, columns);
        StoredList stored = new StoredList(info, format, columns, list.entries().size());
        Path target = directory.resolve(info.id());
        Path staging = directory.resolve(info.id() + ".importing");
        try {
            Files.createDirectories(staging);
            Files.copy(file, staging.resolve(SOURCE), StandardCopyOption.REPLACE_EXISTING);
            mapper.writerWithDefaultPrettyPrinter().writeValue(staging.resolve(META).toFile(), stored);
            delete(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the list " + info.id() + " in " + directory + ": " + e.getMessage(), e);
        }
        index.index(list);
        return stored;
    }

    public List<StoredList> all() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(directory)) {
            List<StoredList> out = new ArrayList<>();
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve(META))).sorted().toList()) {
                out.add(mapper.readValue(dir.resolve(META).toFile(), StoredList.class));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lists in " + directory + ": " + e.getMessage(), e);
        }
    }

    public Optional<StoredList> get(String id) {
        return all().stream().filter(l -> l.info().id().equals(id)).findFirst();
    }

    public void remove(String id) {
        index.removeList(id);
        try {
            delete(directory.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the list " + id + ": " + e.getMessage(), e);
        }
    }

    /** Indexes every stored list again from its source file. */
    public void reindexAll() {
        for (StoredList stored : all()) {
            try {
                index.index(read(directory.resolve(stored.info().id()).resolve(SOURCE), stored.info(), stored.format(), stored.columns()));
            } catch (ListImportException e) {
                throw new IllegalStateException("the stored list " + stored.info().id() + " no longer reads: " + e.getMessage(), e);
            }
        }
    }

    private static WatchList read(Path file, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException {
        return switch (format) {
            case FTM -> FtmListImport.read(file, info);
            case CSV -> CsvListImport.read(file, info, columns.orElseThrow(() ->
                    new IllegalArgumentException("a CSV list needs its column mapping (at least the name column)")));
        };
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
