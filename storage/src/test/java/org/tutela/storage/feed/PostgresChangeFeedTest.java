package org.tutela.storage.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tutela.core.feed.FeedConsumer;
import org.tutela.core.feed.FeedFollower;
import org.tutela.storage.Storage;

/** The change feed contract on PostgreSQL, and what only several servers on one database can show. */
class PostgresChangeFeedTest extends ChangeFeedContractTest {

    @Override
    protected Database database() {
        return Database.POSTGRES;
    }

    /**
     * Two servers (two pools on one database) write at once while a follower on a third reads: positions
     * follow commit order, so the follower sees every change exactly once, none skipped for one that
     * committed later with a lower number.
     */
    @Test
    void concurrentWritersOnTwoServersLoseNothingForAFollower() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Long> positions = new CopyOnWriteArrayList<>();
        FeedConsumer recorder = changes -> changes.forEach(c -> {
            seen.add(c.revision().id().value());
            positions.add(c.position());
        });
        try (Storage other = Storage.open(config); Storage reader = Storage.open(config);
             FeedFollower follower = new FeedFollower(reader.changeFeed(), "reader", recorder, FeedConsumer.Scope.EACH_SERVER,
                     "server-3", QUICK).start()) {
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Storage target = w == 0 ? storage : other;
                int writer = w;
                for (int i = 0; i < 40; i++) {
                    written.add("person-" + writer + "-" + i);
                }
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        target.registry().save(person("person-" + writer + "-" + i, "Anna Mets"), IMPORT);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            assertThat(follower.awaitPosition(reader.changeFeed().head(), Duration.ofSeconds(30))).isTrue();
            assertThat(seen).containsExactlyInAnyOrderElementsOf(written);
            assertThat(positions).isSorted().doesNotHaveDuplicates().hasSize(80);
        }
    }

    /** A commit on one server wakes a follower on another at once, through LISTEN/NOTIFY rather than the poll. */
    @Test
    void aCommitElsewhereWakesTheFollowerHere() throws Exception {
        try (Storage other = Storage.open(config)) {
            JdbcChangeFeed here = storage.changeFeed();
            Thread.sleep(300); // the listener's LISTEN is in place
            long mark = here.changeMark();
            other.registry().save(person("person-a", "Anna Mets"), IMPORT);
            long start = System.nanoTime();
            here.awaitChange(mark, Duration.ofSeconds(20));
            assertThat(here.changeMark()).as("woken by a notification, not by the 20 s limit").isGreaterThan(mark);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
