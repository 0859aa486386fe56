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
 * {@code tutela.limits.body-bytes} (1 MiB by default), enforced before anything reads it; Tomcat's own
 * form and swallow limits are set to the same so that no path around the filter takes more.
 */
@Configuration
public class RequestLimits {
    public static final long DEFAULT_BODY_BYTES = 1024 * 1024;

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
            connector.setProperty("maxSwallowSize", Long.toString(limit));
        });
    }
}
