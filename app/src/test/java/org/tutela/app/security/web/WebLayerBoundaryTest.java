package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web layer reaches records only through the compartment registry (the {@code Registry} bean) and
 * the screening desk built on it. The composition root's unfiltered registry and desk would bypass the
 * compartments, and the name index holds every compartment's persons: code under {@code web} that uses
 * them fails this test, naming the file. A file that searches the name index must drop the registry hits
 * the caller cannot see before the limit (with the caller's Visibility), and stored reports and alerts are read
 * through ShownScreenings, which shows them as the caller may see them.
 */
class WebLayerBoundaryTest {
    @Test
    void webCodeNeverUsesTheUnfilteredRegistry() throws IOException {
        Path web = Path.of("src", "main", "java", "org", "tutela", "app", "web");
        assertThat(web).isDirectory();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(web)) {
            // WebServer makes the beans: the filtered registry, and the desk and search the others are given
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("WebServer.java") && !f.endsWith("ShownScreenings.java")).toList()) {
                String code = Files.readString(file);
                if (code.contains("tutela.registry()") || code.contains("tutela.screening()")) {
                    wrong.add(file + ": uses tutela.registry() or tutela.screening(), which see every compartment; "
                            + "inject the Registry (CompartmentRegistry) or ScreeningDesk bean instead");
                }
                if (code.contains("tutela.search()") && !code.contains("visibility::sees")) {
                    wrong.add(file + ": searches the name index without leaving out, before the limit, the persons outside the "
                            + "caller's compartments (pass the injected Visibility's visibility::sees to the search)");
                }
                java.util.regex.Matcher desks = java.util.regex.Pattern.compile("ScreeningDesk\\s+(\\w+)\\s*[;,)=]").matcher(code);
                boolean readsStored = false;
                while (desks.find()) {
                    String name = desks.group(1);
                    readsStored |= code.contains(name + ".history(") || code.contains(name + ".alerts(") || code.contains(name + ".latestOfAll(");
                }
                if (readsStored) {
                    wrong.add(file + ": reads stored screenings or alerts without showing them as the caller may see them "
                            + "(use ShownScreenings)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
