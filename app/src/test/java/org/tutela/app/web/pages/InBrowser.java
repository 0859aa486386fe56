package org.tutela.app.web.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.DemoData;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.DemoUsers;
import org.tutela.app.security.Role;
import org.tutela.app.web.WebServer;

/**
 * What every Chromium test class of the pages starts from: an installation in a temporary directory of its own (the
 * demo, unless the class opens another), the server on it on a free port, and one headless Chromium at its address;
 * started before the class's tests, stopped after them. The fields are the test instance's, and there is one instance
 * per class: no two classes share an installation, a server, a browser or a login, so they pass in any order. The
 * tests of one class share all three, as a reader's session would. A class adds its own set-up (a login, a download
 * folder) in a {@code @BeforeAll} of its own, which runs after this one.
 *
 * <p>Without Chromium the class is skipped with the reason before anything starts, and fails in CI (see
 * {@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser {
    Path dir;
    Tutela tutela;
    /** The demo's users with their passwords; empty where the class opens an installation of its own. */
    List<DemoUsers.DemoUser> demoUsers = List.of();
    ConfigurableApplicationContext server;
    /** The server's address, {@code http://localhost:PORT}. */
    String base;
    Browser browser;

    /** Opens the installation the class's pages are shown from, in {@code dir}: by default the demo, with its users. */
    Tutela install(Path dir) throws Exception {
        Settings demo = new Settings(dir.resolve("demo"), Optional.empty());
        DemoData.load(demo);
        Tutela opened = Tutela.open(demo);
        demoUsers = DemoUsers.create(opened);
        return opened;
    }

    /** The port the server listens on: any free one (0), unless a class needs to know it before the server starts. */
    int port() {
        return 0;
    }

    @BeforeAll
    final void startTheServerAndTheBrowser(@TempDir Path dir) throws Exception {
        this.dir = dir;
        tutela = install(dir);
        server = WebServer.start(tutela, port());
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        browser = Browser.open(base);
    }

    @AfterAll
    final void stopTheBrowserAndTheServer() {
        // each is stopped even if the one before fails to; null where the start stopped short of it
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (tutela != null) {
                    tutela.close();
                }
            }
        }
    }

    /** The demo's user of {@code role} in the seed case's compartment. */
    DemoUsers.DemoUser demoUser(Role role) {
        return demoUsers.stream().filter(u -> u.role() == role).filter(u -> u.compartment().equals(DemoUsers.SEED_COMPARTMENT))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo user with the role " + role + " in the seed case"));
    }

    /** Logs in through the login page as the demo's user of {@code role} in the seed case's compartment. */
    void loginAs(Role role) {
        DemoUsers.DemoUser user = demoUser(role);
        browser.login(user.name(), user.password());
    }
}
