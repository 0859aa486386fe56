package org.tutela.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tutela.app.Tutela;
import org.tutela.app.security.web.WebCaller;
import org.tutela.core.registry.Registry;
import org.tutela.json.RecordJson;

/**
 * The web server: REST API and pages over one opened {@link Tutela}. Spring is confined to this
 * package; it receives the already wired product rather than building it.
 */
@SpringBootApplication(scanBasePackages = {"org.tutela.app.web", "org.tutela.app.security.web"})
public class WebServer {
    /** The pages' message bundles under {@code messages/}, one per feature; a new feature adds its own here. */
    static final String MESSAGE_BUNDLES = String.join(",", java.util.List.of("messages/common", "messages/security",
            "messages/workflow", "messages/screening", "messages/patterns", "messages/names", "messages/lookup",
            "messages/federation", "messages/records", "messages/accessibility"));

    /** Starts the server on {@code port} (0 for any free port) and returns its running context. */
    public static ConfigurableApplicationContext start(Tutela tutela, int port, String... args) {
        SpringApplication app = new SpringApplicationBuilder(WebServer.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("tutela", tutela))
                .properties(Map.of(
                        "server.port", String.valueOf(port),
                        "spring.main.banner-mode", "off",
                        "server.error.include-stacktrace", "never",
                        "springdoc.swagger-ui.path", "/api/docs",
                        "springdoc.api-docs.path", "/api/openapi",
                        // the description is of the API; the pages' own JSON (the graph's) is not part of it
                        "springdoc.paths-to-match", "/api/**",
                        "springdoc.default-produces-media-type", "application/json",
                        // one bundle per feature, so that features add their words without touching each other's
                        "spring.messages.basename", MESSAGE_BUNDLES,
                        "spring.messages.fallback-to-system-locale", "false",
                        "spring.messages.encoding", "UTF-8"))
                .build();
        return app.run(args);
    }

    /**
     * The only registry web code can reach: filtered to the logged-in caller's compartments, audited
     * (org.tutela.app.security.CompartmentRegistry). Nothing in the web layer sees the whole registry.
     */
    @Bean
    Registry registry(Tutela tutela) {
        return tutela.registryFor(WebCaller::current);
    }

    /** Which records the logged-in caller may see, for showing derived data (reports, alerts, hits) as the caller may see it. */
    @Bean
    org.tutela.app.security.Visibility visibility(Tutela tutela) {
        return tutela.visibilityFor(WebCaller::current);
    }

    @Bean
    org.tutela.app.screening.ScreeningDesk screeningDesk(Tutela tutela) {
        return tutela.screening();
    }

    @Bean
    org.tutela.app.requests.RequestDesk requestDesk(Tutela tutela) {
        return tutela.requests();
    }

    @Bean
    org.tutela.search.NameSearch nameSearch(Tutela tutela) {
        return tutela.search();
    }

    @Bean
    RecordJson recordJson() {
        return new RecordJson();
    }

    /**
     * The API writes records exactly as the files and the database do; a report's messages also carry
     * their text in the caller's language ({@link org.tutela.app.web.api.MessageJson}).
     */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return RecordJson.mapper().registerModule(org.tutela.app.web.api.MessageJson.module())
                .registerModule(org.tutela.app.search.MatchReadingJson.module(org.springframework.context.i18n.LocaleContextHolder::getLocale));
    }
}
