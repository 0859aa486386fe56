package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;

/** {@code tutela tokens create|list|revoke}, {@code users disable|enable} and the password policy on the command line. */
class TokensCommandTest {
    @TempDir
    Path dir;

    @Test
    void tokensAreCreatedShownOnceListedAndRevoked() {
        String data = dir.toString();
        assertThat(Cli.runWithInput("lantern quietly orbit\n", "users", "add", "ana", "--role", "documenter", "--compartment", "ngo-a",
                "--compartment", "ngo-b", "--password-stdin", "--data", data).code()).isZero();
        Cli.Run created = Cli.run("tokens", "create", "ana", "--compartment", "ngo-b", "--days", "7", "--label", "sync job", "--data", data);
        assertThat(created.code()).as(created.err()).isZero();
        String secret = created.out().strip();
        assertThat(secret).matches("tutela_[A-Za-z0-9_-]{43}");
        assertThat(created.err()).contains("[ngo-b]").contains("shown only now");

        Cli.Run listed = Cli.run("tokens", "list", "ana", "--data", data);
        assertThat(listed.out()).contains("live").contains("sync job").contains("ngo-b").doesNotContain(secret);
        String id = listed.out().strip().split("\\s+")[0];
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()))) {
            assertThat(tutela.tokens().authenticate(secret, "test", "test")).hasValueSatisfying(g -> assertThat(g.compartments()).containsOnly("ngo-b"));
        }
        assertThat(Cli.run("users", "disable", "ana", "--data", data).out()).contains("disabled");
        assertThat(Cli.run("users", "list", "--data", data).out()).contains("DISABLED");
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()))) {
            assertThat(tutela.tokens().authenticate(secret, "test", "test")).isEmpty();
        }
        assertThat(Cli.run("users", "enable", "ana", "--data", data).code()).isZero();
        assertThat(Cli.run("tokens", "revoke", id, "--data", data).out()).contains("revoked");
        assertThat(Cli.run("tokens", "list", "ana", "--data", data).out()).contains("revoked");
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()))) {
            assertThat(tutela.tokens().authenticate(secret, "test", "test")).isEmpty();
        }
        assertThat(Cli.run("tokens", "create", "ana", "--role", "administrator", "--data", data).err()).contains("more rights than its owner");
    }

    @Test
    void aCommonOrBreachedPasswordIsRefusedWithTheReason() {
        String data = dir.toString();
        Cli.Run common = Cli.runWithInput("q1w2e3r4t5y6u7i8o9p0\n", "users", "add", "ben", "--role", "analyst", "--password-stdin", "--data", data);
        assertThat(common.code()).isNotZero();
        assertThat(common.err()).contains("common or breached");
        Cli.Run named = Cli.runWithInput("i am benjamin.k, hello\n", "users", "add", "benjamin.k", "--role", "analyst", "--password-stdin", "--data", data);
        assertThat(named.err()).contains("user name");
        assertThat(Cli.runWithInput("lantern quietly orbit\n", "users", "add", "ben", "--role", "analyst", "--password-stdin", "--data", data).code())
                .isZero();
        assertThat(Cli.runWithInput("password\n", "users", "password", "ben", "--password-stdin", "--data", data).err())
                .contains("at least 15 characters");
    }
}
