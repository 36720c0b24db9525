package vn.theodoi.reports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.reports.Figures;
import vn.theodoi.reports.internal.FigureService;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;

/** A period's report figures, as the statistics page and the review documents count them. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class FiguresApi {

    private final FigureService figures;
    private final MessageSource messages;

    FiguresApi(FigureService figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @Operation(summary = "The figures of a period (both days included) within the caller's visibility",
            description = "Records (initiated, indicted, tried; damage and recovery; levels; legal deadlines), tasks"
                    + " by status in total and per lead organization, proposals by timeliness, inspections and their"
                    + " recommendations, hot spots by province and type. Statuses are judged on asOf, the period's end"
                    + " or today when earlier. The period may not exceed 10 years; a bad period answers 400.")
    @GetMapping("/figures")
    Figures figures(@AuthenticationPrincipal TheodoiUser user,
            @Parameter(description = "First day, yyyy-MM-dd (required)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, yyyy-MM-dd (required)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.figures(user, from, to);
    }

    /** A period that cannot be counted is bad input (400), said in the reader's language, like a refused field. */
    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail badPeriod(DomainRuleViolation ex) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = MessageArguments.message(messages, ex.messageKey(), ex.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("https://theodoi.vn/problems/validation"));
        problem.setTitle(MessageArguments.message(messages, "problem.validation.title", new Object[0], locale));
        problem.setProperty("code", ex.messageKey());
        problem.setProperty("errors", List.of(Map.of("field", "to", "message", detail)));
        return problem;
    }
}
