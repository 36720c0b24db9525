package vn.theodoi.shared.web;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container's error dispatch shows, replacing Spring Boot's default: an API call
 * (an unknown {@code /api/**} path, a method or media type the path does not take, anything that
 * ended in {@code sendError}) gets an RFC 9457 problem in its language; a page gets the error page.
 * Never a stack trace, never Spring's default JSON.
 */
@Controller
class ErrorResponses implements ErrorController {

    private static final Map<Integer, String> API_DETAILS = Map.of(
            400, "problem.request.detail",
            401, "problem.unauthorized.detail",
            403, "problem.forbidden.detail",
            404, "problem.path.notFound.detail",
            405, "problem.method.detail",
            406, "problem.notAcceptable.detail",
            413, "problem.tooLarge.detail",
            415, "problem.mediaType.detail");

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        if (ApiRequests.isApi(request)) {
            return problem(request, status);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("refusedField", request.getAttribute(StrictParameters.REFUSED_FIELD));
        return page;
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
        String detailKey = API_DETAILS.getOrDefault(status.value(),
                status.is4xxClientError() ? "problem.request.detail" : "problem.internal.detail");
        String titleKey = switch (status.value()) {
            case 401 -> "problem.unauthorized.title";
            case 403 -> "problem.forbidden.title";
            case 404 -> "problem.notFound.title";
            default -> status.is4xxClientError() ? "problem.request.title" : "problem.internal.title";
        };
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setType(URI.create(ApiProblems.TYPE_BASE + (status.is4xxClientError() ? "bad-request" : "internal")));
        if (request.getAttribute(StrictParameters.REFUSED_FIELD) instanceof String field) {
            problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
            problem.setDetail(messages.getMessage("problem.validation.detail", null, locale));
            problem.setProperty("errors", java.util.List.of(Map.of("field", field,
                    "message", messages.getMessage("problem.json.refusedText", null, locale))));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~%-]", "")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && (status.is4xxClientError() || status.is5xxServerError())) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
