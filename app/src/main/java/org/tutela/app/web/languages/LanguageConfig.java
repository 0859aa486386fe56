package org.tutela.app.web.languages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Which language a page speaks: the one chosen with {@code ?lang=xx} (kept in a cookie), else the
 * browser's Accept-Language, else English; see {@link Languages}.
 */
@Configuration
public class LanguageConfig implements WebMvcConfigurer {
    public static final String COOKIE = "tutela-lang";
    public static final String PARAMETER = "lang";

    /** Spring finds the resolver by this bean name. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return new Resolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        // a dossier's ?lang= is the dossier's language, not the reader's; the API has no pages to switch
        registry.addInterceptor(change).excludePathPatterns("/requests/*/dossier", "/persons/*/dossier", "/api/**");
    }

    /** A cookie resolver that only ever answers a language Tutela speaks on the page asked for. */
    static final class Resolver extends CookieLocaleResolver {
        Resolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(Languages::fromBrowser);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale chosen = super.resolveLocale(request);
            Locale known = Languages.supported(chosen.toLanguageTag()).orElse(Locale.ENGLISH);
            return Languages.forPage(known, request);
        }

        /** Read lazily: the interceptor may change the language after the request's context was made. */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return resolveLocale(request);
                }

                @Override
                public TimeZone getTimeZone() {
                    return null;
                }
            };
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            // an unknown ?lang= changes nothing rather than storing a language no bundle has
            if (locale == null || Languages.supported(locale.toLanguageTag()).isPresent()) {
                super.setLocale(request, response, locale == null ? null : Languages.supported(locale.toLanguageTag()).get());
            }
        }
    }
}
