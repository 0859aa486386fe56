package org.tutela.search;

/** The name index's contract on the embedded Lucene index, in memory as the application runs it. */
class LuceneNameIndexContractTest extends NameIndexContract {
    @Override
    protected NameIndex newIndex() {
        return LuceneNameIndex.inMemory();
    }
}
