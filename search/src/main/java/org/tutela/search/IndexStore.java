package org.tutela.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index with its writer and near-real-time searchers. A write that fails (a disk error, a
 * writer closed by a tragic event) rolls back to the last commit and leaves the store without a writer;
 * the next write opens a new one from that commit. Without this, one disk error closed the writer for
 * good and every later write failed until the process restarted, while searches went on answering
 * from an index that no longer followed the registry. The failed write's caller (the change feed's
 * consumer) retries it, so nothing it carried is lost.
 */
final class IndexStore implements AutoCloseable {
    /** What a search runs against a searcher. */
    interface Reader<T> {
        T read(IndexSearcher s) throws IOException;
    }

    /** What a write does with the writer; committed as one unit. */
    interface Writer {
        void write(IndexWriter w) throws IOException;
    }

    private final Directory dir;
    private final String version;
    private final boolean staleKeys;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private int reopened;

    /** Opens the index in {@code dir}; {@code version} is the keys' version its commits carry. */
    IndexStore(Directory dir, String version) throws IOException {
        this.dir = dir;
        this.version = version;
        this.writer = newWriter();
        Map<String, String> data = new HashMap<>();
        if (DirectoryReader.indexExists(dir)) {
            var live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
        }
        this.staleKeys = !version.equals(data.get(LuceneNameIndex.VERSION_KEY));
        if (staleKeys) {
            writer.setLiveCommitData(Map.of(LuceneNameIndex.VERSION_KEY, version).entrySet());
            writer.commit();
        }
        this.searchers = newSearchers(writer);
    }

    /** True when the index was written with other keys (or is new). */
    boolean staleKeys() {
        return staleKeys;
    }

    /** How many times a writer was opened again after a failed write. */
    synchronized int reopened() {
        return reopened;
    }

    synchronized void write(Writer w) {
        try {
            if (writer == null) {
                writer = newWriter();
                SearcherManager old = searchers;
                searchers = newSearchers(writer);
                old.close();
                reopened++;
            }
            w.write(writer);
            writer.setLiveCommitData(Map.of(LuceneNameIndex.VERSION_KEY, version).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            IOException failure = e instanceof IOException io ? io : new IOException(e);
            discardWriter(failure);
            throw new UncheckedIOException("writing the name index", failure);
        } catch (RuntimeException e) {
            // a write that fails half way (a document that cannot be made) must not leave its first half in the
            // writer, for the next write's commit to publish
            discardWriter(new IOException(e));
            throw e;
        }
    }

    /** Rolls the writer back to its last commit and drops it; the next write opens a new one. */
    private void discardWriter(IOException failure) {
        if (writer == null) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException | AlreadyClosedException ignored) {
            failure.addSuppressed(ignored);
        }
        writer = null;
    }

    <T> T read(Reader<T> r) {
        SearcherManager current = searchers;
        try {
            IndexSearcher s = current.acquire();
            try {
                return r.read(s);
            } finally {
                current.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the name index", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        dir.close();
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(dir, config);
    }

    private static SearcherManager newSearchers(IndexWriter writer) throws IOException {
        return new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                // no query cache: nearly every name query is new, and caching a common key's clause meant
                // reading all of its postings into a bit set the size of the index, then evicting it
                IndexSearcher s = new IndexSearcher(reader);
                s.setQueryCache(null);
                return s;
            }
        });
    }
}
