package org.tutela.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.app.lists.ListLibrary;
import org.tutela.core.feed.ChangeFeed;
import org.tutela.core.feed.FeedConsumer;
import org.tutela.core.feed.FeedEntry;
import org.tutela.core.feed.FeedFollower;
import org.tutela.core.feed.FeedRetention;
import org.tutela.core.feed.HeldLease;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Revision;
import org.tutela.core.screening.StandingScreening;
import org.tutela.search.NameIndex;

/**
 * What {@link Tutela} derives from the registry's change feed, each on a follower thread of its own: the name index
 * (this server's, or the one every server shares), standing screening and the feed's retention. Neither runs on the
 * writer's thread: a failure of theirs is retried, shown at {@code /api/operations/feed}, and never undoes or delays
 * a write.
 */
final class FeedConsumers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedConsumers.class);

    private final ChangeFeed feed;
    private final NameIndex index;
    private final ListLibrary lists;
    private final Registry registry;
    private final StandingScreening standing;
    private final List<FeedFollower> followers = new ArrayList<>();

    FeedConsumers(ChangeFeed feed, NameIndex index, ListLibrary lists, Registry registry, StandingScreening standing) {
        this.feed = feed;
        this.index = index;
        this.lists = lists;
        this.registry = registry;
        this.standing = standing;
    }

    /**
     * Starts the consumers with a name index every server shares (OpenSearch): one server at a time keeps
     * it in step (a lease, like standing screening), from a position kept in the database across restarts. It is
     * rebuilt when it is new, written with other keys, or has never followed this database, by the server that holds
     * the lease; a one-shot command uses it as the servers do.
     */
    void followShared(ServerId server, String indexConsumer) {
        FeedFollower.Pace pace = FeedFollower.Pace.standard();
        if (index.registryNeedsRebuild() || feed.position(indexConsumer) == 0) {
            // a rebuild at a million names outlasts the lease's time: it is renewed throughout, so no other server starts one too
            Optional<HeldLease> lease = HeldLease.take(feed, indexConsumer, server.instance(), pace.leaseTtl());
            if (lease.isPresent()) {
                try (HeldLease held = lease.get()) {
                    long head = feed.head(); // read first: changes made during the rebuild are handled again, harmlessly
                    rebuildIndex();
                    if (held.stillHeld()) {
                        feed.reset(indexConsumer, head);
                    } else {
                        LOG.warn("the shared name index's lease passed to another server during the rebuild; its position is left to that server");
                    }
                }
            }
        }
        FeedFollower indexFollower = new FeedFollower(feed, indexConsumer, changes -> keepIndexInStep(
                changes.stream().map(FeedEntry::revision).toList()), FeedConsumer.Scope.ONE_SERVER, server.instance(), pace);
        indexFollower.catchUp();
        followers.add(indexFollower.start());
        startSharedConsumers(server, pace);
    }

    /**
     * Starts the consumers: this server's name index (caught up before the server answers, or rebuilt when it is
     * new) and standing screening, which one server of the cluster runs at a time. A one-shot command's index
     * follows from a position kept in this process ({@link ProcessPositions}), so that it never moves the server's.
     */
    void follow(ServerId server, boolean command) {
        FeedFollower.Pace pace = FeedFollower.Pace.standard();
        String indexConsumer = Tutela.INDEX_CONSUMER + "/" + (command ? "command-" + server.instance() : server.value());
        ChangeFeed indexFeed = command ? new ProcessPositions(feed) : feed;
        if (index.registryNeedsRebuild()) {
            long head = feed.head(); // read first: changes made during the rebuild are handled again, harmlessly
            rebuildIndex();
            indexFeed.reset(indexConsumer, head);
        }
        FeedFollower indexFollower = new FeedFollower(indexFeed, indexConsumer, changes -> keepIndexInStep(
                changes.stream().map(FeedEntry::revision).toList()), FeedConsumer.Scope.EACH_SERVER, server.value(), pace);
        if (!indexFollower.catchUp()) {
            LOG.error("the name index could not catch up with the registry at start ({}); searches may miss recent changes"
                    + " until it does", indexFollower.lastError().orElse("unknown error"));
        }
        followers.add(indexFollower.start());
        startSharedConsumers(server, pace);
    }

    /** Standing screening and the feed's retention: one server of the cluster at a time runs each. */
    private void startSharedConsumers(ServerId server, FeedFollower.Pace pace) {
        followers.add(new FeedFollower(feed, Tutela.SCREENING_CONSUMER, standing, FeedConsumer.Scope.ONE_SERVER,
                server.instance(), pace).start());
        // each server's index is rebuilt from the registry when it starts, so a stopped server's does not hold the feed back
        FeedRetention retention = new FeedRetention(Tutela.FEED_KEPT, name -> name.startsWith(Tutela.INDEX_CONSUMER + "/"));
        followers.add(new FeedFollower(feed, Tutela.RETENTION_CONSUMER, retention.pruner(feed, Clock.systemUTC()),
                FeedConsumer.Scope.ONE_SERVER, server.instance(), pace).start());
    }

    /** See {@link Tutela#awaitConsumers(Duration)}. */
    void await(Duration timeout) {
        long head = feed.head();
        for (FeedFollower follower : followers) {
            try {
                if (!follower.awaitPosition(head, timeout)) {
                    throw new IllegalStateException("the change feed's consumer " + follower.name() + " has not reached position "
                            + head + " after " + timeout + (follower.lastError().map(e -> "; last error: " + e).orElse("")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + follower.name(), e);
            }
        }
    }

    /** Rebuilds the name index from the registry's persons and the stored lists. */
    void rebuildIndex() {
        List<Person> persons = registry.all(Person.class);
        index.rebuild(persons);
        lists.reindexAll();
        LOG.info("name index rebuilt: {} persons, {} lists", persons.size(), lists.all().size());
    }

    /** The last state of each record a batch of changes touched: a later revision of the same person wins. */
    private void keepIndexInStep(List<Revision> revisions) {
        Map<RecordId, Optional<Person>> last = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            if (revision.kind() == RecordKind.PERSON) {
                last.put(revision.id(), revision.state().filter(Person.class::isInstance).map(Person.class::cast));
            }
        }
        List<Person> persons = last.values().stream().flatMap(Optional::stream).toList();
        List<RecordId> removed = last.entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        index.update(persons, removed);
    }

    /** A one-shot command's changes reach the index and the standing screening before it exits. */
    @Override
    public void close() {
        if (followers.isEmpty()) {
            return;
        }
        try {
            await(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warn("closing before the change feed's consumers caught up ({}); they resume at the next start", e.getMessage());
        }
        followers.forEach(FeedFollower::close);
    }
}
