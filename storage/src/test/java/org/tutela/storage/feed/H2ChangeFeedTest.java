package org.tutela.storage.feed;

/** The change feed contract on an embedded H2 file. */
class H2ChangeFeedTest extends ChangeFeedContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
