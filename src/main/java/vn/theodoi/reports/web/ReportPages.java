package vn.theodoi.reports.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.Exports;
import vn.theodoi.reports.ReviewDocuments;
import vn.theodoi.reports.ReviewRequest;
import vn.theodoi.shared.ForbiddenException;

/**
 * The reports page (báo cáo): one click for the current half-year's review, the year's, a period's,
 * or the report since a session, each as Word or PDF. A refusal is shown on the page itself.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

    private final ReviewDocuments documents;
    private final MessageSource messages;
    private final Exports exports;

    ReportPages(ReviewDocuments documents, MessageSource messages, Exports exports) {
        this.documents = documents;
        this.messages = messages;
        this.exports = exports;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TheodoiUser user, Model model) {
        LocalDate today = documents.today();
        boolean firstHalf = today.getMonthValue() <= 6;
        LocalDate halfFrom = LocalDate.of(today.getYear(), firstHalf ? 1 : 7, 1);
        LocalDate halfTo = firstHalf ? LocalDate.of(today.getYear(), 6, 30) : LocalDate.of(today.getYear(), 12, 31);
        model.addAttribute("halfFrom", halfFrom);
        model.addAttribute("halfTo", halfTo);
        model.addAttribute("yearFrom", LocalDate.of(today.getYear(), 1, 1));
        model.addAttribute("yearTo", LocalDate.of(today.getYear(), 12, 31));
        model.addAttribute("sessions", documents.sessions(user));
        model.addAttribute("today", today);
        return "reports/index";
    }

    @GetMapping("/review")
    Object review(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("query") ReviewQuery query,
            BindingResult errors, Model model, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, model, response, HttpStatus.BAD_REQUEST, errors(errors, locale));
        }
        return download(user, ReviewRequest.period(query.from(), query.to()), query, model, response, locale);
    }

    @GetMapping("/since-session")
    Object sinceSession(@AuthenticationPrincipal TheodoiUser user,
            @Valid @ModelAttribute("sinceQuery") SinceSessionQuery query, BindingResult errors, Model model,
            HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, model, response, HttpStatus.BAD_REQUEST, errors(errors, locale));
        }
        try {
            return DocumentResponses.attachment(documents.generate(user, ReviewRequest.sinceSession(query.number()),
                    query.documentFormat()));
        } catch (ForbiddenException e) {
            return refused(user, model, response, HttpStatus.FORBIDDEN,
                    List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    /** The page's buttons: the document is prepared in the background, its progress shown, the file sent to the inbox. */
    @PostMapping("/review")
    String prepareReview(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("query") ReviewQuery query,
            BindingResult errors, Model model, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, model, response, HttpStatus.BAD_REQUEST, errors(errors, locale));
        }
        return prepare(user, Map.of("from", query.from().toString(), "to", query.to().toString(), "format",
                query.format()), model, response, locale);
    }

    @PostMapping("/since-session")
    String prepareSinceSession(@AuthenticationPrincipal TheodoiUser user,
            @Valid @ModelAttribute("sinceQuery") SinceSessionQuery query, BindingResult errors, Model model,
            HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, model, response, HttpStatus.BAD_REQUEST, errors(errors, locale));
        }
        return prepare(user, Map.of("number", query.number().toString(), "format", query.format()), model, response,
                locale);
    }

    private String prepare(TheodoiUser user, Map<String, String> params, Model model, HttpServletResponse response,
            Locale locale) {
        try {
            return "redirect:/exports/" + exports.start(user, "report", params, locale);
        } catch (ForbiddenException e) {
            return refused(user, model, response, HttpStatus.FORBIDDEN,
                    List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    private Object download(TheodoiUser user, ReviewRequest request, ReviewQuery query, Model model,
            HttpServletResponse response, Locale locale) {
        try {
            return DocumentResponses.attachment(documents.generate(user, request, query.documentFormat()));
        } catch (ForbiddenException e) {
            return refused(user, model, response, HttpStatus.FORBIDDEN,
                    List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    private String refused(TheodoiUser user, Model model, HttpServletResponse response, HttpStatus status,
            List<String> reasons) {
        response.setStatus(status.value());
        model.addAttribute("problems", reasons);
        return page(user, model);
    }

    private List<String> errors(BindingResult errors, Locale locale) {
        return errors.getAllErrors().stream().map(e -> messages.getMessage(e, locale)).distinct().toList();
    }
}
