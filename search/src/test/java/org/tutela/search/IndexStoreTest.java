package org.tutela.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails on the disk does not leave the index unwritable: the next write opens a new writer. */
class IndexStoreTest {

    /** A real Lucene directory whose files cannot be created while {@code full} is set, as on a full disk. */
    static final class FillingDirectory extends FilterDirectory {
        volatile boolean full;

        FillingDirectory() {
            super(new ByteBuffersDirectory());
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full) {
                throw new IOException("No space left on device: " + name);
            }
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            if (full) {
                throw new IOException("No space left on device: " + prefix);
            }
            return super.createTempOutput(prefix, suffix, context);
        }
    }

    static Document doc(String uid) {
        Document d = new Document();
        d.add(new StringField(LuceneNameIndex.UID, uid, Field.Store.YES));
        return d;
    }

    static int count(IndexStore store, String uid) {
        return store.read(s -> s.count(new TermQuery(new Term(LuceneNameIndex.UID, uid))));
    }

    @Test
    void aWriteAfterADiskErrorSucceedsAndTheFailedOneLeavesNothingHalfWritten() throws IOException {
        FillingDirectory dir = new FillingDirectory();
        try (IndexStore store = new IndexStore(dir, "test")) {
            store.write(w -> w.addDocument(doc("a")));

            dir.full = true;
            assertThatThrownBy(() -> store.write(w -> w.addDocument(doc("b")))).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("writing the name index");
            assertThat(count(store, "a")).as("searches go on during the failure").isEqualTo(1);

            dir.full = false;
            store.write(w -> w.addDocument(doc("c")));
            assertThat(store.reopened()).isEqualTo(1);
            assertThat(count(store, "a")).isEqualTo(1);
            assertThat(count(store, "b")).as("the failed write was rolled back, to be retried by its caller").isZero();
            assertThat(count(store, "c")).isEqualTo(1);

            store.write(w -> w.addDocument(doc("b")));
            assertThat(count(store, "b")).isEqualTo(1);
            assertThat(store.reopened()).isEqualTo(1);
        }
    }

    @Test
    void aWriteThatFailsHalfWayPublishesNothingOfItsFirstHalf() {
        try (IndexStore store = new IndexStore(new ByteBuffersDirectory(), "test")) {
            assertThatThrownBy(() -> store.write(w -> {
                w.addDocument(doc("first half"));
                throw new IllegalStateException("a document that cannot be made");
            })).isInstanceOf(IllegalStateException.class);
            store.write(w -> w.addDocument(doc("next")));
            assertThat(count(store, "next")).isEqualTo(1);
            assertThat(count(store, "first half")).as("the next write's commit does not publish it").isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aStoreSaysWhenItsIndexWasWrittenWithOtherKeys(@TempDir Path dir) throws IOException {
        try (IndexStore first = new IndexStore(FSDirectory.open(dir), "1")) {
            assertThat(first.staleKeys()).as("a new index").isTrue();
            first.write(w -> w.addDocument(doc("a")));
        }
        try (IndexStore same = new IndexStore(FSDirectory.open(dir), "1")) {
            assertThat(same.staleKeys()).isFalse();
            assertThat(count(same, "a")).isEqualTo(1);
        }
        try (IndexStore other = new IndexStore(FSDirectory.open(dir), "2")) {
            assertThat(other.staleKeys()).isTrue();
        }
    }
}
