package org.tutela.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.core.feed.ChangeFeed;
import org.tutela.core.feed.ConsumerState;
import org.tutela.core.feed.FeedAlert;
import org.tutela.core.feed.FeedEntry;

/**
 * The change feed as a one-shot command's own name index follows it: the changes are the feed's, the
 * position is kept in this process only. A command run beside a server on the same data would otherwise
 * share the server's index position (both take their server id from the data directory) and move it under
 * the server; and a position stored per command would leave a consumer behind in the database at each run.
 * The index lives in memory and is rebuilt at every start, so a position outliving the process serves nothing.
 */
final class ProcessPositions implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessPositions.class);
    private final ChangeFeed feed;
    private final Map<String, Long> positions = new ConcurrentHashMap<>();

    ProcessPositions(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public long head() {
        return feed.head();
    }

    @Override
    public List<FeedEntry> after(long position, int limit) {
        return feed.after(position, limit);
    }

    @Override
    public long position(String consumer) {
        return positions.getOrDefault(consumer, 0L);
    }

    @Override
    public boolean advance(String consumer, long from, long to) {
        return positions.replace(consumer, from, to) || (from == 0 && positions.putIfAbsent(consumer, to) == null);
    }

    @Override
    public void reset(String consumer, long position) {
        positions.put(consumer, position);
    }

    @Override
    public void failed(String consumer, long position, String error) {
        // a command's own index is no server's: its failure is the command's to report, not an operations alert
        LOG.warn("this command's name index could not follow change {}: {}", position, error);
    }

    @Override
    public int prune(long upTo, java.time.Instant committedBefore) {
        return feed.prune(upTo, committedBefore);
    }

    @Override
    public List<ConsumerState> consumers() {
        return feed.consumers();
    }

    @Override
    public List<FeedAlert> alerts(int limit) {
        return feed.alerts(limit);
    }

    @Override
    public boolean holdLease(String consumer, String holder, Duration ttl) {
        return true;
    }

    @Override
    public void releaseLease(String consumer, String holder) {
    }

    @Override
    public Optional<String> leaseHolder(String consumer) {
        return Optional.empty();
    }

    @Override
    public long changeMark() {
        return feed.changeMark();
    }

    @Override
    public void awaitChange(long mark, Duration max) throws InterruptedException {
        feed.awaitChange(mark, max);
    }
}
