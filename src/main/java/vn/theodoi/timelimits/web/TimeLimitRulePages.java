package vn.theodoi.timelimits.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.timelimits.TimeLimitRuleForm;
import vn.theodoi.timelimits.TimeLimitRuleView;
import vn.theodoi.timelimits.TimeLimitTable;

/** The statutory time-limit table as administrators (and lawyers reading over their shoulder) see and correct it. */
@Controller
@RequestMapping("/admin/time-limit-rules")
class TimeLimitRulePages {

    private final TimeLimitTable rules;

    TimeLimitRulePages(TimeLimitTable rules) {
        this.rules = rules;
    }

    @GetMapping
    String rules(Model model) {
        model.addAttribute("rules", rules.rows());
        return "admin/time-limit-rules";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable Long id, Model model) {
        TimeLimitRuleView row = rules.row(id);
        return form(model, row, new TimeLimitRuleForm(row.basePeriod(), row.extensions(),
                row.requestExtensionDaysBefore(), row.maxEntries(), row.dayOffShift(), row.article(), row.note(),
                row.version()));
    }

    @PostMapping("/{id}")
    String correct(@PathVariable Long id, @Valid @ModelAttribute("form") TimeLimitRuleForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                rules.correct(id, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/time-limit-rules";
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("error.conflict");
            }
        }
        return form(model, rules.row(id), form);
    }

    private String form(Model model, TimeLimitRuleView row, TimeLimitRuleForm form) {
        model.addAttribute("row", row);
        model.addAttribute("form", form);
        return "admin/time-limit-rule-form";
    }
}
