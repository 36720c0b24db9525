package vn.theodoi.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.persistence.OptimisticLockException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.InputText;
import vn.theodoi.shared.InvalidParameterException;
import vn.theodoi.shared.InvalidSortException;
import vn.theodoi.shared.NotFoundException;

/**
 * Every API error as RFC 9457 problem details, in the request's language, without internals.
 * A 400 lists each invalid field under {@code errors} (field and message). Tried before the page
 * advice for REST controllers; what never reaches a controller (unknown path, 405, 415 at mapping)
 * is answered by {@link ErrorResponses}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPE_BASE = "https://theodoi.vn/problems/";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field", error instanceof FieldError fe ? fe.getField() : error.getObjectName(),
                        "message", messages.getMessage(error, locale)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof DatabindException databind) {
            return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", path(databind),
                    "message", msg(reasonKey(databind), allowedValues(databind))))));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String key = ex.getMostSpecificCause() instanceof InputText.RefusedTextException
                ? "problem.json.refusedText" : "problem.parameter.invalid";
        return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", name == null ? "" : name,
                "message", msg(key)))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own 4xx (unreadable JSON, wrong method, missing parameter): localized, no internals.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            detail.setTitle(msg("problem.request.title"));
            detail.setDetail(msg(switch (statusCode.value()) {
                case 404 -> "problem.path.notFound.detail";
                case 405 -> "problem.method.detail";
                case 406 -> "problem.notAcceptable.detail";
                case 413 -> "problem.tooLarge.detail";
                case 415 -> "problem.mediaType.detail";
                default -> "problem.request.detail";
            }));
            detail.setType(URI.create(TYPE_BASE + "bad-request"));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @ExceptionHandler(InvalidSortException.class)
    ProblemDetail invalidSort(InvalidSortException ex) {
        ProblemDetail problem = invalid(List.of(Map.of("field", "sort",
                "message", msg("problem.sort.unknown", String.join(", ", ex.allowed())))));
        problem.setProperty("allowedSort", ex.allowed());
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException ex) {
        return invalid(List.of(Map.of("field", ex.parameter(), "message", msg(ex.messageKey()))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", msg("problem.notFound.title"),
                msg(ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", msg("problem.forbidden.title"),
                msg(ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolated(DomainRuleViolation ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated",
                msg("problem.rule.title"), msg(ex.messageKey(), ex.arguments()));
        problem.setProperty("code", ex.messageKey());
        return problem;
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class,
            ConcurrentEditException.class})
    ProblemDetail conflict(Exception ex) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", msg("problem.conflict.title"),
                msg("problem.conflict.detail"));
    }

    /** Left to Spring Security, which answers 401/403 and audits the denial. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error on an API call", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", msg("problem.internal.title"),
                msg("problem.internal.detail"));
    }

    private ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", msg("problem.validation.title"),
                msg("problem.validation.detail"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The JSON path of the value that was refused, as {@code field}, {@code list[2]} or {@code a.b}. */
    static String path(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reasonKey(DatabindException ex) {
        if (ex instanceof StrictJson.RefusedTextException) {
            return "problem.json.refusedText";
        }
        if (ex instanceof UnrecognizedPropertyException) {
            return "problem.json.unknownField";
        }
        if (ex instanceof InvalidNullException) {
            return "problem.json.null";
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "problem.json.enum";
            }
            if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                    || target == Short.class || target == short.class) {
                return "problem.json.integer";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "problem.json.boolean";
            }
            if (target == String.class) {
                return "problem.json.text";
            }
            if (ex instanceof InvalidFormatException) {
                return "problem.json.format";
            }
        }
        return "problem.json.type";
    }

    private static Object[] allowedValues(DatabindException ex) {
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            List<String> names = new ArrayList<>();
            Arrays.stream(mismatch.getTargetType().getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
            return new Object[] {String.join(", ", names)};
        }
        return new Object[0];
    }

    private ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private String msg(String key, Object... args) {
        return MessageArguments.message(messages, key, args, LocaleContextHolder.getLocale());
    }
}
