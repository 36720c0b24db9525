package vn.theodoi.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat answers itself, before any servlet runs (a path with an encoded NUL, slash or
 * invalid UTF-8, a malformed request line): on {@code /api/**} an RFC 9457 problem in the
 * requested language too, instead of Tomcat's HTML report. Everything that reaches Spring is
 * answered by {@link ErrorResponses} and {@link ApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as a problem document for API paths; Tomcat's own (without details) elsewhere. */
    public static class Valve extends ErrorReportValve {

        public Valve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = rawUri(request);
            if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            Locale locale = Locales.fromAcceptLanguage(request.getHeader("Accept-Language"));
            boolean client = status < 500;
            String json = "{\"type\":\"" + ApiProblems.TYPE_BASE + (client ? "bad-request" : "internal")
                    + "\",\"title\":\"" + text(client ? "problem.request.title" : "problem.internal.title", locale)
                    + "\",\"status\":" + status + ",\"detail\":\""
                    + text(client ? "problem.request.detail" : "problem.internal.detail", locale) + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response is gone: nothing more to tell
            }
        }

        private static String rawUri(Request request) {
            try {
                return request.getCoyoteRequest().requestURI().toString();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static String text(String key, Locale locale) {
            try {
                // no fallback to the server's locale: Vietnamese is the base bundle
                return ResourceBundle.getBundle("i18n/messages", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key).replace("\"", "'");
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }
}
