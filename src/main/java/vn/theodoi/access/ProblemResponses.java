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

/**
 * Answers 401 and 403 (problem details on the API, the error page on the web) and audits every
 * denial.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuditLog audit;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(AuditLog audit, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.audit = audit;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        audit.event("ACCESS_DENIED", "PATH", request.getMethod() + " " + request.getRequestURI(),
                AuditOutcome.DENIED, BearerTokenFilter.tokenOf(request) == null ? "no token" : "invalid token");
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        audit.event("ACCESS_DENIED", "PATH", request.getMethod() + " " + request.getRequestURI(),
                AuditOutcome.DENIED, "forbidden");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String key) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key + ".detail", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/" + type));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
