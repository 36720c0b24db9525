package vn.theodoi.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vietnamese first. People switch language with {@code ?lang=en} (kept in a cookie); API clients
 * choose with Accept-Language. Anything else gets Vietnamese, whatever the browser prefers. Only
 * the two languages the product speaks are ever taken from a cookie, a parameter or a header: an
 * invalid or unknown value is ignored, never an error.
 */
@Configuration(proxyBeanMethods = false)
public class Locales implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    static final String COOKIE = "THEODOI_LANG";
    /** Longer Accept-Language headers are not read: no client needs more. */
    static final int MAX_ACCEPT_LANGUAGE = 256;

    /** The supported locale a language tag or value names, or null. */
    static Locale supported(Locale requested) {
        if (requested == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(null);
    }

    /** The language an API client asks for with Accept-Language; Vietnamese when absent, unknown or malformed. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
            return VIETNAMESE;
        }
        try {
            Locale asked = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return asked != null ? asked : VIETNAMESE;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    /** The cookie resolver, taking only "vi" or "en" from the cookie and storing only those. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setRejectInvalidCookies(false);
            setDefaultLocaleFunction(request -> ApiRequests.isApi(request)
                    ? fromAcceptLanguage(request.getHeader("Accept-Language")) : VIETNAMESE);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            if (value == null || value.length() > 16) {
                return null;
            }
            try {
                return supported(super.parseLocaleValue(value));
            } catch (RuntimeException invalid) {
                return null;
            }
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale kept = supported(locale);
            if (kept != null || locale == null) {
                super.setLocale(request, response, kept);
            }
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
