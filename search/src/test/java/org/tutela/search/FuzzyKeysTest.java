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

    /**
     * Terms are passed over by the letters they have before their distance is computed: with many letters (Latin and
     * Cyrillic, whose code points share bits modulo 64), the expansion is still the query's, term for term. Keys are
     * made from indexed terms with one or two edits, so that every key has neighbours.
     */
    @Test
    void passingOverTermsByTheirLettersLosesNoTermOfTheQuery() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        String letters = "aeioubkmnrstvzдежзклмнопрстуфхцшщыюя";
        List<String> indexed = new java.util.ArrayList<>();
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (int i = 0; i < 6000; i++) {
                // few initials, so that each has many terms to read
                String term = "ab".charAt(random.nextInt(2)) + word(random, letters, 3 + random.nextInt(9));
                indexed.add(term);
                Document d = new Document();
                d.add(new StringField("key", term, Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int i = 0; i < 400; i++) {
                    StringBuilder key = new StringBuilder(indexed.get(random.nextInt(indexed.size())));
                    int edits = key.length() >= 9 ? 2 : 1;
                    for (int e = 0; e < edits; e++) {
                        int at = 1 + random.nextInt(key.length() - 1);
                        key.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                    }
                    Optional<List<BytesRef>> expanded = FuzzyKeys.expand(reader, "key", key.toString(), edits, 50, FuzzyKeys.SCAN_LIMIT);
                    assertThat(expanded).as(key.toString()).isPresent();
                    assertThat(new TreeSet<>(expanded.get())).as(key.toString())
                            .isEqualTo(termsOf(searcher.rewrite(new FuzzyQuery(new Term("key", key.toString()), edits, 1, 50, true))));
                }
            }
        }
    }

    @Test
    void wordsWhoseLettersDifferByMoreThanTwiceTheEditsAreNotThatClose() {
        assertThat(Long.bitCount(FuzzyKeys.letters("ivanov".codePoints().toArray()) ^ FuzzyKeys.letters("ivanova".codePoints().toArray())))
                .as("an added letter the word has already").isZero();
        assertThat(Long.bitCount(FuzzyKeys.letters("petrov".codePoints().toArray()) ^ FuzzyKeys.letters("petrof".codePoints().toArray())))
                .as("one letter for another").isEqualTo(2);
        assertThat(Long.bitCount(FuzzyKeys.letters("kim".codePoints().toArray()) ^ FuzzyKeys.letters("lee".codePoints().toArray())))
                .as("three letters for two others: more than one edit can make").isGreaterThan(2);
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
