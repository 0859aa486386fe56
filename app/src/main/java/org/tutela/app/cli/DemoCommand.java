package org.tutela.app.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code tutela demo}: a fresh embedded registry holding the seed case, served on the web. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the seed case (Botagoz Jardemalie and related exiles) into a fresh embedded database",
                "in <data>/demo and start the server. The demo directory is wiped and rebuilt on every run."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load the demo data and exit without starting the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        Settings base = data.settings();
        Settings demo = new Settings(base.dataDir().resolve("demo"), Optional.empty());
        int loaded = DemoData.load(demo);
        spec.commandLine().getOut().println("Loaded the seed case: " + loaded + " records into " + demo.dataDir());
        spec.commandLine().getOut().flush();
        if (!noServe) {
            ServeCommand.start(demo, port);
        }
        return 0;
    }
}
