package org.tutela.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the {@code tutela} command line in-process, as a person would type it, and keeps what it printed. */
final class Cli {
    private Cli() {
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    /** The same with {@code stdin} as standard input (a password read with --password-stdin). */
    static Run runWithInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = TutelaCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }
}
