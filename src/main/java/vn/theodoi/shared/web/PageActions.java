package vn.theodoi.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.theodoi.shared.DomainRuleViolation;

/**
 * A change asked for from an item's page, run and answered the same way on every page: invalid input,
 * a refused rule or a concurrent edit comes back as flash {@code problems} in the reader's language,
 * success as flash {@code saved}, and the reader returns to the page (post, redirect, get).
 */
public final class PageActions {

    private PageActions() {
    }

    /**
     * Runs {@code change} unless {@code errors} (may be null) holds any, and redirects to {@code returnTo}.
     * {@code fieldLabels}, when given, is the bundle prefix naming each field before its message
     * ({@code task.field.} gives "Hạn: ..."); {@code saved} is what the page reads to say what was saved.
     */
    public static String run(MessageSource messages, String returnTo, Object saved, String fieldLabels,
            BindingResult errors, RedirectAttributes redirect, Runnable change) {
        List<String> problems = new ArrayList<>();
        var locale = LocaleContextHolder.getLocale();
        if (errors != null && errors.hasErrors()) {
            errors.getAllErrors().forEach(e -> problems.add((fieldLabels != null && e instanceof FieldError f
                    ? messages.getMessage(fieldLabels + f.getField(), null, f.getField(), locale) + ": " : "")
                    + messages.getMessage(e, locale)));
        } else {
            try {
                change.run();
                redirect.addFlashAttribute("saved", saved);
            } catch (DomainRuleViolation e) {
                problems.add(MessageArguments.message(messages, e.messageKey(), e.arguments(), locale));
            } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
                problems.add(messages.getMessage("error.conflict", null, locale));
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
        }
        return "redirect:" + returnTo;
    }
}
