package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Accounts;

/** {@code tutela users} and {@code tutela audit}, run in-process on a real data directory. */
class SecurityCommandsTest {
    @TempDir
    Path dir;

    static Cli.Run run(String stdin, String... args) {
        return Cli.runWithInput(stdin, args);
    }

    @Test
    void theFirstAdministratorIsCreatedWithAPasswordFromStandardInput() {
        String data = dir.toString();
        Cli.Run add = run("a long enough secret\n", "users", "add", "root", "--admin", "--compartment", "ngo-a", "--password-stdin", "--data", data);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("root").contains("ADMINISTRATOR");
        assertThat(run("short\n", "users", "add", "weak", "--role", "analyst", "--password-stdin", "--data", data).err())
                .contains("at least 15 characters");
        assertThat(run("", "users", "add", "nobody", "--data", data).err()).contains("--role");
        assertThat(run("a long enough secret\n", "users", "add", "Bad Name", "--role", "analyst", "--password-stdin", "--data", data).err())
                .contains("not a valid user name");

        assertThat(run("", "users", "role", "root", "oversight", "--data", data).code()).isZero();
        assertThat(run("", "users", "role", "root", "emperor", "--data", data).err()).contains("'emperor' is not a role");
        Cli.Run list = run("", "users", "list", "--data", data);
        assertThat(list.out()).contains("root").contains("OVERSIGHT").contains("ngo-a").contains("no-2FA");

        Cli.Run totp = run("", "users", "totp", "root", "--data", data);
        assertThat(totp.out()).contains("otpauth://totp/").contains("recovery codes");
        assertThat(run("", "users", "list", "--data", data).out()).contains("2FA");

        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()))) {
            Accounts.Login login = tutela.accounts().login("root", "a long enough secret", Optional.empty(), "test");
            assertThat(login).as("the second factor is now required").isInstanceOf(Accounts.Login.Refused.class);
        }
        assertThat(run("", "users", "--help").out()).contains("add", "list", "role", "totp", "logout", "unlock");
    }

    @Test
    void eachCommandThatChangesOneAccountChangesItAndSaysSo() {
        String data = dir.toString();
        assertThat(run("a long enough secret\n", "users", "add", "dora", "--role", "documenter", "--compartment", "ngo-a", "--password-stdin",
                "--data", data).code()).isZero();
        assertThat(run("", "users", "grant", "dora", "ngo-b", "--data", data).out()).isEqualTo("dora is now in ngo-b" + System.lineSeparator());
        assertThat(run("", "users", "revoke", "dora", "ngo-a", "--data", data).out()).contains("dora is no longer in ngo-a");
        assertThat(run("", "users", "logout", "dora", "--data", data).out()).contains("every session of dora is ended");
        assertThat(run("", "users", "unlock", "dora", "--data", data).out()).contains("dora is unlocked");
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()))) {
            assertThat(tutela.accounts().find("dora").orElseThrow().compartments()).containsExactly("ngo-b");
        }

        Cli.Run help = run("", "users", "grant", "--help");
        assertThat(help.out()).contains("Usage: tutela users grant").contains("--data").contains("NAME").contains("COMPARTMENT");
        Cli.Run missing = run("", "users", "grant", "dora", "--data", data);
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("COMPARTMENT");
        assertThat(run("", "users", "unlock", "nobody-here", "--data", data).code()).as("an unknown user").isNotZero();
    }

    @Test
    void auditVerifyFindsAnAlteredAndARemovedEntry() throws Exception {
        String data = dir.toString();
        for (String name : new String[] {"ana", "ben", "chen"}) {
            assertThat(run("a long enough secret\n", "users", "add", name, "--role", "documenter", "--password-stdin", "--data", data).code()).isZero();
        }
        Cli.Run intact = run("", "audit", "verify", "--data", data);
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact").contains("3 entries");
        assertThat(run("", "audit", "search", "--actor", "ben", "--data", data).out()).isEmpty();
        assertThat(run("", "audit", "search", "--target", "ben", "--data", data).out()).contains("ACCOUNT");

        sql("UPDATE audit_entry SET detail = 'created with role ADMINISTRATOR' WHERE seq = 2");
        Cli.Run altered = run("", "audit", "verify", "--data", data);
        assertThat(altered.code()).isEqualTo(3);
        assertThat(altered.err()).contains("BROKEN at entry 2").contains("changed");

        sql("DELETE FROM audit_entry WHERE seq = 2");
        Cli.Run removed = run("", "audit", "verify", "--data", data);
        assertThat(removed.code()).isEqualTo(3);
        assertThat(removed.err()).contains("BROKEN at entry 3").contains("missing");
    }

    @Test
    void importedRecordsArePutInACompartment() throws Exception {
        String data = dir.toString();
        Path file = java.nio.file.Files.writeString(dir.resolve("in.jsonl"),
                "{\"kind\":\"person\",\"id\":\"person-cmp-1\",\"names\":[{\"full\":\"Aigerim Nurlanova\",\"kind\":\"PRIMARY\"}]}\n"
                + "{\"kind\":\"person\",\"id\":\"person-cmp-2\",\"names\":[{\"full\":\"Dauren Abenov\",\"kind\":\"PRIMARY\"}]}\n");
        assertThat(run("", "import", "--data", data, file.toString()).code()).isZero();
        assertThat(run("", "compartments", "show", "person-cmp-1", "--data", data).out()).contains("none");
        assertThat(run("", "compartments", "assign", "ngo-b", "person-cmp-1", "--data", data).out()).contains("1 records");
        assertThat(run("", "compartments", "assign", "ngo-c", "--unassigned", "--data", data).out()).contains("1 records");
        Cli.Run shown = run("", "compartments", "show", "person-cmp-1", "person-cmp-2", "--data", data);
        assertThat(shown.out()).contains("person-cmp-1\tngo-b").contains("person-cmp-2\tngo-c");
        assertThat(run("", "compartments", "assign", "ngo-b", "person-nobody", "--data", data).err()).contains("no record with id 'person-nobody'");
        assertThat(run("", "compartments", "assign", "Bad Name", "--unassigned", "--data", data).err()).contains("not a valid compartment");
    }

    @Test
    void exportsAreAudited() {
        String data = dir.toString();
        assertThat(run("", "export", "--data", data, "-o", dir.resolve("out.jsonl").toString()).code()).isZero();
        assertThat(run("", "audit", "search", "--action", "EXPORT", "--data", data).out()).contains("whole registry").contains("out.jsonl");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("tutela"), "tutela", "");
             Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
