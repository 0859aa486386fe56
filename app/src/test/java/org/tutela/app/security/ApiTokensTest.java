package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;
import org.tutela.storage.security.AccountStore;
import org.tutela.storage.security.AuditLog;
import org.tutela.storage.security.TokenStore;

/** Token lifetimes on a clock the test moves, and the role a token acts with as its owner's role changes. */
class ApiTokensTest {
    @TempDir
    Path dir;
    Storage storage;
    Instant now = Instant.parse("2026-03-01T09:00:00Z");
    ApiTokens tokens;
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
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        AuditTrail audit = new AuditTrail(new AuditLog(storage.dataSource()));
        AccountStore store = new AccountStore(storage.dataSource());
        accounts = new Accounts(store, audit, clock);
        tokens = new ApiTokens(new TokenStore(storage.dataSource()), store, audit, clock);
        accounts.add("nia", TestUsers.PASSWORD.toCharArray(), Role.DOCUMENTER, List.of("c"), "test");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aTokenWorksUntilItExpires() {
        String secret = tokens.create("nia", Optional.empty(), Set.of(), Duration.ofDays(7), "", "test").secret();
        assertThat(tokens.authenticate(secret, "test", "GET /")).isPresent();
        now = now.plus(Duration.ofDays(7)).minusSeconds(1);
        assertThat(tokens.authenticate(secret, "test", "GET /")).isPresent();
        now = now.plusSeconds(1);
        assertThat(tokens.authenticate(secret, "test", "GET /")).isEmpty();
    }

    @Test
    void lifetimesBeyondAYearAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create("nia", Optional.empty(), Set.of(), Duration.ofDays(366), "", "test"))
                .hasMessageContaining("365 days");
    }

    @Test
    void theEffectiveRoleIsNeverWiderThanTheOwnersNorFreeOfAPurposeTheOwnerMustState() {
        assertThat(ApiTokens.effectiveRole(Role.ANALYST, Role.DOCUMENTER)).contains(Role.ANALYST);
        assertThat(ApiTokens.effectiveRole(Role.DOCUMENTER, Role.ANALYST)).as("the owner lost the right to write").contains(Role.ANALYST);
        assertThat(ApiTokens.effectiveRole(Role.OVERSIGHT, Role.DOCUMENTER)).as("neither covers the other").isEmpty();
        for (Role token : Role.values()) {
            for (Role owner : Role.values()) {
                ApiTokens.effectiveRole(token, owner).ifPresent(r -> {
                    assertThat(r).as(token + " for " + owner).isIn(token, owner);
                    assertThat(owner.capabilities()).as(token + " for " + owner).containsAll(r.capabilities());
                    assertThat(!owner.requiresPurpose() || r.requiresPurpose()).as(token + " for " + owner + ": purpose").isTrue();
                });
            }
        }
    }
}
