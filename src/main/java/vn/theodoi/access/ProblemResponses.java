package vn.theodoi.access;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.audit.AuditTally;

/**
 * Answers 401 and 403 (problem details on the API, the error page on the web). A denial to a
 * person (403) is audited with the path; an anonymous API request refused (401) is counted
 * ({@link AuditTally}), not written one entry each, so nobody can grow the log without bound.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuditLog audit;
    private final AuditTally tally;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(AuditLog audit, AuditTally tally, MessageSource messages, LocaleResolver locales,
            JsonMapper json) {
        this.audit = audit;
        this.tally = tally;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        tally.count("ACCESS_DENIED_ANONYMOUS", BearerTokenFilter.tokenOf(request) == null ? "noToken" : "invalidToken");
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        audit.recordEvent("ACCESS_DENIED", "PATH", path(request), AuditOutcome.DENIED,
                AuditDetails.of().code("method", request.getMethod()));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The path as sent (percent-encoded), limited to URL characters: never a way to write text into the log. */
    static String path(HttpServletRequest request) {
        String path = request.getRequestURI().replaceAll("[^A-Za-z0-9/._~%-]", "_");
        return path.length() <= 128 ? path : path.substring(0, 128);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String key) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key + ".detail", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/" + type));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(path(request)));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
