package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every script a page loads is one the server has: the application's own under {@code static/}, the third-party
 * libraries from their WebJars under {@code /webjars/NAME/VERSION/...} (Spring Boot serves
 * {@code META-INF/resources/webjars} there). The version is part of the address, so a WebJar moved to another version
 * in the pom without its page fails here, without a browser.
 */
class ScriptSourcesTest {
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");

    @Test
    void everyScriptOfEveryPageIsOnTheClasspath() throws IOException {
        List<String> scripts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = SCRIPT.matcher(Files.readString(template));
                while (m.find()) {
                    String src = m.group(1);
                    scripts.add(src);
                    String resource = src.startsWith("/webjars/") ? "META-INF/resources" + src : "static" + src;
                    if (getClass().getClassLoader().getResource(resource) == null) {
                        missing.add(TEMPLATES.relativize(template) + ": " + src);
                    }
                }
            }
        }
        assertThat(scripts).as("the pages' scripts").anyMatch(s -> s.startsWith("/webjars/")).anyMatch(s -> s.startsWith("/js/"));
        assertThat(scripts).as("third-party scripts are served from their WebJars, not copied in").noneMatch(s -> s.startsWith("/js/vendor/"));
        assertThat(missing).as("scripts that no file on the classpath answers").isEmpty();
    }
}
