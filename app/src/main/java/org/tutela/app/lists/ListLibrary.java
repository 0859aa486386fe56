package org.tutela.app.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import org.tutela.storage.lists.ListStore;

/**
 * The imported watch and wanted lists: each kept in the database (encrypted with the registry) as the
 * text it came from plus how to read it, and indexed for search. Keeping the source means the index, which
 * lives in memory only, is rebuilt from it at every start and whenever the name keys change.
 */
public final class ListLibrary {
    private static final String META = "list.json";
    private static final String SOURCE = "source";

    public enum Format { FTM, CSV }

    /** How a stored list is read: its facts, its format and, for CSV, its columns. */
    public record StoredList(WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns, int entries) {
    }

    private final ListStore store;
    private final NameIndex index;
    private final ObjectMapper mapper = RecordJson.mapper();

    public ListLibrary(ListStore store, NameIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * Reads the whole file first — a malformed row names the row and imports nothing — then keeps its text
     * and indexes the list, replacing a list of the same id.
     */
    public StoredList importList(Path file, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException {
        WatchList list = read(file, info, format, columns);
        StoredList stored = new StoredList(info, format, columns, list.entries().size());
        try {
            store.put(new ListStore.Stored(info.id(), mapper.writeValueAsString(stored), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the list " + info.id() + ": " + e.getMessage(), e);
        }
        index.index(list);
        return stored;
    }

    /**
     * The same for a list given as text (an upload, the demo's lists): {@code fileName} names it in the
     * messages of a row that does not read. All or nothing, like {@link #importList(Path, WatchList.ListInfo, Format, Optional)}.
     */
    public StoredList importText(String fileName, String text, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException {
        WatchList list;
        try {
            list = read(fileName, new StringReader(text), info, format, columns);
        } catch (IOException e) {
            throw new ListImportException(fileName, 0, "", "cannot be read: " + e.getMessage());
        }
        StoredList stored = new StoredList(info, format, columns, list.entries().size());
        try {
            store.put(new ListStore.Stored(info.id(), mapper.writeValueAsString(stored), text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the list " + info.id() + ": " + e.getMessage(), e);
        }
        index.index(list);
        return stored;
    }

    public List<StoredList> all() {
        List<StoredList> out = new ArrayList<>();
        for (ListStore.Stored stored : store.descriptions()) {
            try {
                out.add(mapper.readValue(stored.meta(), StoredList.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the description of the list " + stored.id() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public Optional<StoredList> get(String id) {
        return all().stream().filter(l -> l.info().id().equals(id)).findFirst();
    }

    public void remove(String id) {
        index.removeList(id);
        store.remove(id);
    }

    /** Indexes every stored list again from its source text. */
    public void reindexAll() {
        for (StoredList stored : all()) {
            String id = stored.info().id();
            String source = store.source(id).orElseThrow(() -> new IllegalStateException("the list " + id + " has no source"));
            try {
                index.index(read(id, new StringReader(source), stored.info(), stored.format(), stored.columns()));
            } catch (ListImportException | IOException e) {
                throw new IllegalStateException("the stored list " + id + " no longer reads: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Moves lists kept as clear files by earlier versions ({@code <data>/lists/<id>/}) into the database and
     * deletes the files; returns how many.
     */
    public int adoptFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int adopted = 0;
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve(META))).sorted().toList()) {
                StoredList stored = mapper.readValue(dir.resolve(META).toFile(), StoredList.class);
                store.put(new ListStore.Stored(stored.info().id(), mapper.writeValueAsString(stored),
                        Files.readString(dir.resolve(SOURCE), StandardCharsets.UTF_8)));
                adopted++;
            }
            delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the lists in " + directory + " into the database: " + e.getMessage(), e);
        }
        return adopted;
    }

    private static WatchList read(Path file, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException {
        return switch (format) {
            case FTM -> FtmListImport.read(file, info);
            case CSV -> CsvListImport.read(file, info, mapping(columns));
        };
    }

    private static WatchList read(String name, Reader source, WatchList.ListInfo info, Format format, Optional<ColumnMapping> columns)
            throws ListImportException, IOException {
        return switch (format) {
            case FTM -> FtmListImport.read(name, source, info);
            case CSV -> CsvListImport.read(name, source, info, mapping(columns));
        };
    }

    private static ColumnMapping mapping(Optional<ColumnMapping> columns) {
        return columns.orElseThrow(() -> new IllegalArgumentException("a CSV list needs its column mapping (at least the name column)"));
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
