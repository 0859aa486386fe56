package org.tutela.search;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FuzzyKeys} must expand a key to exactly the terms Lucene's {@link FuzzyQuery} does. */
class FuzzyKeysTest {

    @Test
    void expandsToTheTermsOfTheFuzzyQueryInEverySegment() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        // few letters, so that keys have many neighbours, and more than the 50 a query keeps
        String letters = "abcdSCJ";
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 3000; i++) {
                    Document d = new Document();
                    d.add(new StringField("key", word(random, letters, 3 + random.nextInt(9)), Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
            // a term whose only document is deleted still counts for the query until its segment is merged
            w.deleteDocuments(new Term("key", first(dir)));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int i = 0; i < 400; i++) {
                    String key = word(random, letters, 4 + random.nextInt(8));
                    int edits = key.length() >= 9 ? 2 : 1;
                    Optional<List<BytesRef>> expanded = FuzzyKeys.expand(reader, "key", key, edits, 50, FuzzyKeys.SCAN_LIMIT);
                    assertThat(expanded).as(key).isPresent();
                    assertThat(new TreeSet<>(expanded.get())).as(key)
                            .isEqualTo(termsOf(searcher.rewrite(new FuzzyQuery(new Term("key", key), edits, 1, 50, true))));
                }
                assertThat(FuzzyKeys.expand(reader, "key", "abcd", 1, 50, 10)).as("past the scan limit").isEmpty();
            }
        }
    }

    private static String first(Directory dir) throws Exception {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return r.leaves().get(0).reader().terms("key").iterator().next().utf8ToString();
        }
    }

    private static String word(SplittableRandom random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static TreeSet<BytesRef> termsOf(Query rewritten) {
        TreeSet<BytesRef> out = new TreeSet<>();
        rewritten.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(t.bytes());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }
}
