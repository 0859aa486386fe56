package org.tutela.app.web.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web layer's limits on raw bytes: one request body (API JSON or a page's form) is at most
 * {@code tutela.limits.body-bytes} (1 MiB by default), enforced before anything reads it; Tomcat's form
 * limit is set to the same. The unread rest of a refused body is discarded by Tomcat (read and dropped,
 * never parsed nor kept) up to 16 times the limit, so that the client receives its 413 intact; past that
 * the connection is cut, which a client sending such a body has asked for.
 */
@Configuration
public class RequestLimits {
    public static final long DEFAULT_BODY_BYTES = 1024 * 1024;
    static final long SWALLOWED = 16;

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(@Value("${tutela.limits.body-bytes:" + DEFAULT_BODY_BYTES + "}") long limit) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limit));
        // before Spring Security's chain, so that not even a login form of 100 MB is parsed
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatLimits(@Value("${tutela.limits.body-bytes:" + DEFAULT_BODY_BYTES + "}") long limit) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, limit));
            connector.setProperty("maxSwallowSize", Long.toString(Math.min(Integer.MAX_VALUE, limit * SWALLOWED)));
        });
    }
}
