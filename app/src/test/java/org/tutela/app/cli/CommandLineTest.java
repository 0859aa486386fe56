package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tutela} command line, run in-process on real data directories. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("serve", "demo", "import", "export", "search", "screen", "lists import", "users add", "audit verify")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Cli.Run help = run(args.toArray(String[]::new));
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: tutela " + command).contains("--data");
        }
        assertThat(run("--help").out()).contains("serve", "demo", "import", "export", "search", "screen", "lists", "users", "audit");
    }

    @Test
    void demoExportImportGivesBackTheSameRegistry() throws Exception {
        Cli.Run demo = run("demo", "--no-serve", "--data", dir.resolve("a").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Loaded the seed case");
        Path demoData = dir.resolve("a"); // --data names the same directory for every command

        for (String format : List.of("tutela", "ftm")) {
            Path exported = dir.resolve("export." + format + ".jsonl");
            assertThat(run("export", "--data", demoData.toString(), "--format", format, "-o", exported.toString()).code()).isZero();
            Path fresh = dir.resolve("fresh-" + format);
            Cli.Run imported = run("import", "--data", fresh.toString(), "--format", format, exported.toString());
            assertThat(imported.code()).as(imported.err()).isZero();

            Path original = dir.resolve("original-" + format + ".jsonl");
            Path again = dir.resolve("again-" + format + ".jsonl");
            run("export", "--data", demoData.toString(), "-o", original.toString());
            run("export", "--data", fresh.toString(), "-o", again.toString());
            assertThat(Files.readString(again)).as("registry after a %s round trip", format).isEqualTo(Files.readString(original));
        }
    }

    @Test
    void aBadLineImportsNothingAndSaysWhere() throws Exception {
        Path data = dir.resolve("data");
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, """
                {"kind":"source","id":"source-cli-1","title":"A report"}
                {"kind":"person","id":"person-cli-1","names":[{"full":"Aigerim Nurlanova","kind":"PRIMARY"}]}
                """);
        assertThat(run("import", "--data", data.toString(), good.toString()).code()).isZero();

        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"kind":"person","id":"person-cli-2","names":[{"full":"Dauren Abenov","kind":"PRIMARY"}]}
                {"kind":"person","id":"person-cli-3","names":[{"full":"Saule Bekova","kind":"PRIMARY"}],"birthDate":"1990-02-30"}
                """);
        Cli.Run failed = run("import", "--data", data.toString(), bad.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("bad.jsonl").contains("2").contains("birthDate");

        Path after = dir.resolve("after.jsonl");
        run("export", "--data", data.toString(), "-o", after.toString());
        assertThat(Files.readString(after)).contains("person-cli-1").doesNotContain("person-cli-2");
    }

    @Test
    void unknownFormatAndMissingFileAreClearErrors() {
        Cli.Run format = run("import", "--data", dir.toString(), "--format", "xml", "x.jsonl");
        assertThat(format.code()).isNotZero();
        assertThat(format.err()).contains("'xml' is not a format");
        Cli.Run missing = run("import", "--data", dir.toString(), dir.resolve("nope.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.jsonl: no such file");
    }
}
