package org.tutela.storage.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.core.feed.ConsumerState;
import org.tutela.core.feed.FeedConsumer;
import org.tutela.core.feed.FeedEntry;
import org.tutela.core.feed.FeedFollower;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageContract;

/** What the change feed must do on any database: a subclass says how to get a fresh, empty one. */
abstract class ChangeFeedContractTest extends StorageContract {
    static final Change IMPORT = Change.by("curator@example.org", "initial import");
    static final FeedFollower.Pace QUICK = new FeedFollower.Pace(50, Duration.ofMillis(50), Duration.ofMillis(600),
            Duration.ofMillis(20), Duration.ofMillis(100));

    protected JdbcChangeFeed feed;

    @BeforeEach
    void setUp() {
        feed = storage.changeFeed();
    }

    static Person person(String id, String name) {
        return new Person(RecordId.of(id), List.of(PersonName.of(name, PersonName.Kind.PRIMARY)), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Set.of(), Optional.empty(), Provenance.none());
    }

    @Test
    void eachCommitAppendsItsRevisionsInOrderWithTheirAuthor() {
        assertThat(feed.head()).isZero();
        storage.registry().saveAll(Samples.all(), IMPORT);
        storage.registry().retract(Samples.REQUEST, Change.by("editor@example.org", "entered twice"));

        List<FeedEntry> entries = feed.after(0, 1000);
        assertThat(entries).hasSize(Samples.all().size() + 1);
        assertThat(entries).extracting(FeedEntry::position)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, entries.size()).boxed().toList());
        assertThat(entries.subList(0, Samples.all().size())).extracting(e -> e.revision().state().orElseThrow())
                .containsExactlyElementsOf(Samples.all());
        FeedEntry last = entries.get(entries.size() - 1);
        assertThat(last.revision().id()).isEqualTo(Samples.REQUEST);
        assertThat(last.revision().retracted()).isTrue();
        assertThat(last.revision().number()).isEqualTo(2);
        assertThat(last.revision().kind()).isEqualTo(RecordKind.COOPERATION_REQUEST);
        assertThat(last.revision().recordedBy()).isEqualTo("editor@example.org");
        assertThat(feed.head()).isEqualTo(entries.size());
        assertThat(feed.after(entries.size() - 2, 1)).extracting(FeedEntry::position).containsExactly((long) entries.size() - 1);
    }

    @Test
    void pruningDeletesOnlyOldChangesEveryConsumerHasHandledAndKeepsTheHead() {
        storage.registry().saveAll(Samples.all(), IMPORT);
        long head = feed.head();
        feed.reset("slow", 3);
        feed.reset("done", head);
        java.time.Instant future = java.time.Instant.now().plus(Duration.ofDays(1));

        assertThat(feed.prune(head, java.time.Instant.now().minus(Duration.ofDays(1)))).as("nothing is old enough").isZero();
        org.tutela.core.feed.FeedRetention retention = new org.tutela.core.feed.FeedRetention(Duration.ofDays(30), name -> false);
        long cutoff = retention.cutoff(feed.consumers(), feed.head(), java.time.Instant.now());
        assertThat(cutoff).as("the slowest consumer holds the feed back").isEqualTo(3);
        assertThat(feed.prune(cutoff, future)).isEqualTo(3);

        assertThat(feed.after(0, 1000)).extracting(FeedEntry::position).first().isEqualTo(4L);
        assertThat(feed.head()).isEqualTo(head);
        storage.registry().save(person("person-after-pruning", "Anna Pruned"), IMPORT);
        assertThat(feed.head()).as("positions go on from the head, not from what is left").isEqualTo(head + 1);
        assertThat(feed.position("slow")).isEqualTo(3);
    }

    @Test
    void aWriteThatFailsLeavesNothingInTheFeed() {
        storage.registry().save(person("person-a", "Anna Mets"), IMPORT);
        long head = feed.head();
        RegistryRecord dangling = Samples.siblings(); // refers to persons not stored
        assertThatThrownBy(() -> storage.registry().saveAll(List.of(person("person-b", "Berit Mets"), dangling), IMPORT))
                .isInstanceOf(MissingReferenceException.class);
        assertThat(feed.head()).isEqualTo(head);
        assertThat(feed.after(0, 100)).extracting(e -> e.revision().id().value()).containsExactly("person-a");
    }

    @Test
    void theCompartmentOfAKnownRecordTravelsWithItsChange() {
        storage.registry().save(person("person-a", "Anna Mets"), IMPORT);
        new org.tutela.storage.security.RecordCompartments(storage.dataSource()).assign(List.of("person-a"), "tallinn");
        storage.registry().save(person("person-a", "Anna Mets-Kask"), IMPORT);
        assertThat(feed.after(0, 10)).extracting(FeedEntry::compartment)
                .containsExactly(Optional.empty(), Optional.of("tallinn"));
    }

    @Test
    void aConsumerMovesOnlyFromWhereItIs() {
        storage.registry().saveAll(List.of(person("person-a", "Anna Mets"), person("person-b", "Berit Mets")), IMPORT);
        assertThat(feed.position("index")).isZero();
        assertThat(feed.advance("index", 0, 2)).isTrue();
        assertThat(feed.advance("index", 0, 1)).as("moved meanwhile").isFalse();
        assertThat(feed.position("index")).isEqualTo(2);
        feed.reset("index", 1);
        assertThat(feed.position("index")).isEqualTo(1);
        assertThat(feed.consumers()).singleElement().satisfies(s -> {
            assertThat(s.consumer()).isEqualTo("index");
            assertThat(s.lag()).isEqualTo(1);
        });
    }

    @Test
    void aFailureIsRecordedAndAlertedOncePerRun() {
        feed.failed("screening", 7, "IllegalStateException: disk full");
        feed.failed("screening", 7, "IllegalStateException: disk still full");
        ConsumerState state = feed.consumers().get(0);
        assertThat(state.failures()).isEqualTo(2);
        assertThat(state.lastError()).contains("IllegalStateException: disk still full");
        assertThat(feed.alerts(10)).singleElement().satisfies(a -> {
            assertThat(a.consumer()).isEqualTo("screening");
            assertThat(a.position()).isEqualTo(7);
            assertThat(a.error()).contains("disk full");
        });
        feed.advance("screening", 0, 0);
        assertThat(feed.consumers().get(0).failures()).isZero();
        feed.failed("screening", 9, "again");
        assertThat(feed.alerts(10)).hasSize(2);
    }

    @Test
    void oneHolderAtATimeUntilTheLeaseExpires() throws Exception {
        assertThat(feed.holdLease("screening", "server-1", Duration.ofMillis(800))).isTrue();
        assertThat(feed.holdLease("screening", "server-2", Duration.ofMillis(800))).isFalse();
        assertThat(feed.holdLease("screening", "server-1", Duration.ofMillis(800))).as("renewal").isTrue();
        assertThat(feed.leaseHolder("screening")).contains("server-1");
        Thread.sleep(1000);
        assertThat(feed.holdLease("screening", "server-2", Duration.ofSeconds(30))).as("after expiry").isTrue();
        assertThat(feed.holdLease("screening", "server-1", Duration.ofSeconds(30))).isFalse();
        feed.releaseLease("screening", "server-1"); // not the holder: nothing happens
        assertThat(feed.leaseHolder("screening")).contains("server-2");
        feed.releaseLease("screening", "server-2");
        assertThat(feed.leaseHolder("screening")).isEmpty();
        assertThat(feed.holdLease("screening", "server-1", Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aLeaseHeldThroughWorkLongerThanItsTimeIsRenewedSoNoOtherServerTakesIt() throws Exception {
        Duration ttl = Duration.ofMillis(1500);
        try (org.tutela.core.feed.HeldLease lease = org.tutela.core.feed.HeldLease.take(feed, "name-index", "server-1", ttl).orElseThrow()) {
            assertThat(org.tutela.core.feed.HeldLease.take(feed, "name-index", "server-2", ttl)).as("held by server-1").isEmpty();
            // a rebuild lasting three times the lease's time: another server asks all along and is refused
            long until = System.nanoTime() + ttl.multipliedBy(3).toNanos();
            while (System.nanoTime() < until) {
                assertThat(feed.holdLease("name-index", "server-2", ttl)).isFalse();
                Thread.sleep(200);
            }
            assertThat(lease.stillHeld()).isTrue();
            assertThat(feed.leaseHolder("name-index")).contains("server-1");
        }
        // closed: no longer renewed, it lapses by itself
        Thread.sleep(ttl.toMillis() + 500);
        assertThat(feed.holdLease("name-index", "server-2", ttl)).isTrue();
    }

    @Test
    void aLeaseLostDuringTheWorkIsReportedNotRetaken() throws Exception {
        Duration ttl = Duration.ofMillis(900);
        try (org.tutela.core.feed.HeldLease lease = org.tutela.core.feed.HeldLease.take(feed, "name-index", "server-1", ttl).orElseThrow()) {
            // as if server-1 had stalled past its lease's end and server-2 had taken the consumer over
            feed.releaseLease("name-index", "server-1");
            assertThat(feed.holdLease("name-index", "server-2", Duration.ofSeconds(30))).isTrue();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lease.stillHeld() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(lease.stillHeld()).isFalse();
        }
        assertThat(feed.leaseHolder("name-index")).contains("server-2");
    }

    @Test
    void aFailingConsumerIsRetriedShowsItsErrorAndThenCatchesUpInOrder() throws Exception {
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(3);
        FeedConsumer flaky = changes -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("index writer closed");
            }
            changes.forEach(c -> seen.add(c.position()));
        };
        try (FeedFollower follower = new FeedFollower(feed, "flaky", flaky, FeedConsumer.Scope.EACH_SERVER, "here", QUICK).start()) {
            for (int i = 0; i < 5; i++) {
                storage.registry().save(person("person-" + i, "Anna Mets " + i), IMPORT);
            }
            assertThat(follower.awaitPosition(feed.head(), Duration.ofSeconds(20))).isTrue();
            assertThat(follower.lastError()).contains("IllegalStateException: index writer closed");
        }
        assertThat(seen).isSorted().doesNotHaveDuplicates().containsExactly(1L, 2L, 3L, 4L, 5L);
        ConsumerState state = feed.consumers().stream().filter(s -> s.consumer().equals("flaky")).findFirst().orElseThrow();
        assertThat(state.failures()).isZero();
        assertThat(state.lastError()).contains("IllegalStateException: index writer closed");
        assertThat(state.lag()).isZero();
        assertThat(feed.alerts(10)).singleElement().satisfies(a -> assertThat(a.consumer()).isEqualTo("flaky"));
    }

    @Test
    void aConsumerStoppedBeforeHandlingChangesCatchesUpWhenStartedAgain() throws Exception {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        FeedConsumer recorder = changes -> changes.forEach(c -> handled.add(c.revision().id().value()));
        storage.registry().save(person("person-a", "Anna Mets"), IMPORT);
        // committed while no consumer ran (a process killed between commit and consumption)
        storage.registry().save(person("person-b", "Berit Mets"), IMPORT);
        storage.close();
        storage = Storage.open(config);
        feed = storage.changeFeed();
        try (FeedFollower follower = new FeedFollower(feed, "late", recorder, FeedConsumer.Scope.EACH_SERVER, "here", QUICK)) {
            assertThat(follower.catchUp()).isTrue();
        }
        assertThat(handled).containsExactly("person-a", "person-b");
    }

    @Test
    void aLeasedConsumerRunsOnOneFollowerAndMovesWhenItStops() throws Exception {
        List<String> byFirst = new CopyOnWriteArrayList<>();
        List<String> bySecond = new CopyOnWriteArrayList<>();
        FeedFollower first = new FeedFollower(feed, "screening", changes -> changes.forEach(c -> byFirst.add(c.revision().id().value())),
                FeedConsumer.Scope.ONE_SERVER, "server-1", QUICK).start();
        Thread.sleep(200);
        try (FeedFollower second = new FeedFollower(feed, "screening",
                changes -> changes.forEach(c -> bySecond.add(c.revision().id().value())),
                FeedConsumer.Scope.ONE_SERVER, "server-2", QUICK).start()) {
            storage.registry().save(person("person-a", "Anna Mets"), IMPORT);
            assertThat(first.awaitPosition(feed.head(), Duration.ofSeconds(10))).isTrue();
            first.close();
            storage.registry().save(person("person-b", "Berit Mets"), IMPORT);
            assertThat(second.awaitPosition(feed.head(), Duration.ofSeconds(10))).isTrue();
            assertThat(second.holdsLease()).isTrue();
        }
        assertThat(byFirst).containsExactly("person-a");
        assertThat(bySecond).containsExactly("person-b");
    }
}
