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

    @Option(names = "--unkeyed-audit",
            description = {"Serve without an audit key (TUTELA_AUDIT_KEY_FILE): the audit chain is then plain SHA-256 with no signed",
                    "checkpoints, which anyone who can write the database can rewrite undetected. For trying Tutela out only."})
    boolean unkeyedAudit;

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        Settings settings = data.settings();
        if (settings.auditKey().isEmpty() && !unkeyedAudit) {
            throw new IllegalArgumentException("no audit key: give one in TUTELA_AUDIT_KEY_FILE (make it with "
                    + "`tutela key audit-new --out FILE`, outside the data directory), or serve with --unkeyed-audit to accept an audit "
                    + "log that whoever can write the database can rewrite (see README, Security)");
        }
        start(settings, port);
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
