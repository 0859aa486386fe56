package org.tutela.storage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    final ExecutorService pool = Executors.newFixedThreadPool(10);
    final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void callersThatArriveWhileAGroupIsWrittenShareTheNextOneAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        GroupCommit<String, String> commit = new GroupCommit<>(items -> {
            groups.add(items);
            if (groups.size() == 1) {
                await(firstWriteMayEnd);
            }
            return items.stream().map(i -> "written " + i).toList();
        });
        Future<String> first = pool.submit(() -> commit.submit("a"));
        while (groups.isEmpty()) {
            Thread.onSpinWait();
        }
        List<Future<String>> others = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String item = "b" + i;
            others.add(pool.submit(() -> commit.submit(item)));
        }
        while (commit.waiting() < 9) {
            Thread.onSpinWait();
        }
        firstWriteMayEnd.countDown();

        assertThat(first.get()).isEqualTo("written a");
        for (int i = 0; i < 9; i++) {
            assertThat(others.get(i).get()).isEqualTo("written b" + i);
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1)).hasSize(9);
    }

    @Test
    void aBadItemFailsOnlyItsOwnCaller() throws Exception {
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        GroupCommit<String, String> commit = new GroupCommit<>(items -> {
            groups.add(items);
            if (groups.size() == 1) {
                await(firstWriteMayEnd);
            }
            if (items.contains("bad")) {
                throw new IllegalStateException("cannot write " + items);
            }
            return items.stream().map(i -> "written " + i).toList();
        });
        Future<String> first = pool.submit(() -> commit.submit("a"));
        while (groups.isEmpty()) {
            Thread.onSpinWait();
        }
        Future<String> good = pool.submit(() -> commit.submit("good"));
        Future<String> bad = pool.submit(() -> commit.submit("bad"));
        while (commit.waiting() < 2) {
            Thread.onSpinWait();
        }
        firstWriteMayEnd.countDown();

        assertThat(first.get()).isEqualTo("written a");
        assertThat(good.get()).isEqualTo("written good");
        assertThatThrownBy(bad::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("cannot write [bad]");
    }

    @Test
    void aLoneCallerWritesAtOnce() {
        GroupCommit<String, String> commit = new GroupCommit<>(items -> {
            groups.add(items);
            return items.stream().map(String::toUpperCase).toList();
        });
        assertThat(commit.submit("x")).isEqualTo("X");
        assertThat(commit.submit("y")).isEqualTo("Y");
        assertThat(groups).containsExactly(List.of("x"), List.of("y"));
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
