package org.tutela.app.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tutela serve}: the web application and the REST API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web server (web application, REST API at /api, API documentation at /api/docs).")
final class ServeCommand implements Callable<Integer> {
    private static volatile boolean serving;

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        start(data.settings(), port);
        return 0;
    }

    static ConfigurableApplicationContext start(Settings settings, int port) {
        Tutela tutela = Tutela.open(settings);
        try {
            ConfigurableApplicationContext context = WebServer.start(tutela, port);
            context.addApplicationListener((ContextClosedEvent event) -> tutela.close());
            serving = true;
            System.out.println("Tutela is running at http://localhost:" + port + "/ (" + settings.describeDatabase() + ")");
            System.out.println("API: http://localhost:" + port + "/api/records   documentation: http://localhost:" + port + "/api/docs");
            if (!tutela.accounts().any()) {
                System.out.println("No users yet: nobody can log in. Create the first administrator with `tutela users add NAME --admin`.");
            }
            return context;
        } catch (RuntimeException e) {
            tutela.close();
            throw e;
        }
    }
}
