package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.security.AccountStore;
import org.tutela.storage.security.AuditLog;

/** Lockout and back-off on a clock the test moves. */
class AccountsTest {
    @TempDir
    Path dir;
    Storage storage;
    Instant now = Instant.parse("2026-03-01T09:00:00Z");
    Accounts accounts;

    @BeforeEach
    void open() {
        storage = Storage.open(StorageConfig.Embedded.at(dir));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        accounts = new Accounts(new AccountStore(storage.dataSource()), new AuditTrail(new AuditLog(storage.dataSource())), clock);
        accounts.add("dana", "the right password".toCharArray(), Role.DOCUMENTER, List.of("c"), "test");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    boolean login(String password) {
        return accounts.login("dana", password, Optional.empty(), "test") instanceof Accounts.Login.Accepted;
    }

    @Test
    void fiveFailuresLockAndEachFurtherFailureDoublesTheLock() {
        for (int i = 0; i < Accounts.FREE_ATTEMPTS - 1; i++) {
            assertThat(login("wrong " + i)).isFalse();
        }
        assertThat(login("the right password")).as("not locked yet; success resets the count").isTrue();
        for (int i = 0; i < Accounts.FREE_ATTEMPTS; i++) {
            login("wrong " + i);
        }
        assertThat(accounts.find("dana").orElseThrow().lockedUntil()).contains(now.plus(Accounts.FIRST_LOCK));
        assertThat(login("the right password")).as("locked").isFalse();
        now = now.plus(Accounts.FIRST_LOCK).plusSeconds(1);
        assertThat(login("wrong again")).isFalse();
        assertThat(accounts.find("dana").orElseThrow().lockedUntil()).as("doubled").contains(now.plus(Accounts.FIRST_LOCK.multipliedBy(2)));
        now = now.plus(Duration.ofHours(2));
        for (int i = 0; i < 10; i++) {
            login("wrong " + i);
            now = now.plus(Duration.ofHours(2));
        }
        now = now.minus(Duration.ofHours(2));
        assertThat(accounts.find("dana").orElseThrow().lockedUntil()).as("capped").contains(now.plus(Accounts.LONGEST_LOCK));
        now = now.plus(Accounts.LONGEST_LOCK).plusSeconds(1);
        assertThat(login("the right password")).isTrue();
        assertThat(accounts.find("dana").orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        assertThat(accounts.login("nobody", "the right password", Optional.empty(), "test")).isInstanceOf(Accounts.Login.Refused.class);
        assertThat(accounts.login(null, null, Optional.empty(), "test")).isInstanceOf(Accounts.Login.Refused.class);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        assertThat(accounts.find("dana").orElseThrow().passwordHash()).startsWith("$argon2id$").doesNotContain("the right password");
    }
}
