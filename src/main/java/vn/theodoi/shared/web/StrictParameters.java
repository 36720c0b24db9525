package vn.theodoi.shared.web;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import vn.theodoi.shared.InputText;

/**
 * Form fields and query parameters of every request, for every module, go through
 * {@link InputText} before anything reads them: a refused character answers 400 (a problem naming
 * the field on the API, the error page naming it on the web), and accepted values reach the
 * controllers NFC-normalized. JSON bodies are handled by {@link StrictJson}.
 */
@Configuration(proxyBeanMethods = false)
class StrictParameters {

    /** Request attribute naming the refused parameter, for {@link ErrorResponses}. */
    static final String REFUSED_FIELD = StrictParameters.class.getName() + ".FIELD";

    /** Before Spring Security's filters (order -100), so that every filter reads the same values. */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> strictParameterFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (RuntimeException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Map<String, String[]> normalized = new HashMap<>();
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                String name = parameter.getKey();
                boolean refused = InputText.refusal(name).isPresent();
                String[] values = parameter.getValue().clone();
                for (int i = 0; i < values.length && !refused; i++) {
                    refused = InputText.refusal(values[i]).isPresent();
                    if (!refused) {
                        values[i] = InputText.accept(values[i]);
                    }
                }
                if (refused) {
                    request.setAttribute(REFUSED_FIELD, InputText.refusal(name).isPresent() ? "?" : name);
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                normalized.put(Normalizer.normalize(name, Normalizer.Form.NFC), values);
            }
            chain.doFilter(new Normalized(request, Collections.unmodifiableMap(normalized)), response);
        }
    }

    /** The request with its parameters as accepted. */
    static final class Normalized extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Normalized(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
