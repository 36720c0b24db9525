package vn.theodoi.shared.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conventions of every page and API call: pages of results go out as a stable JSON shape (content
 * + page metadata); a date in a form field or a query parameter is written dd/mm/yyyy and read as
 * dd/mm/yyyy or ISO (so links and API clients keep working), whatever the browser's language.
 * JSON bodies keep ISO dates.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConventions implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return DateText.parse(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return DateText.format(date);
            }
        });
    }
}
