package vn.theodoi.timelimits.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.PdfDocuments;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.timelimits.TimeLimitRuleForm;
import vn.theodoi.timelimits.TimeLimitRuleView;
import vn.theodoi.timelimits.ProcedureClock;
import vn.theodoi.timelimits.TimeLimitTable;

/** The statutory time-limit table as administrators (and lawyers reading over their shoulder) see and correct it. */
@Controller
@RequestMapping("/admin/time-limit-rules")
class TimeLimitRulePages {

    private final TimeLimitTable rules;
    private final PdfDocuments documents;
    private final ProcedureClock clock;
    private final AuditLog audit;
    private final org.springframework.context.MessageSource messages;

    TimeLimitRulePages(TimeLimitTable rules, PdfDocuments documents, ProcedureClock clock, AuditLog audit,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.rules = rules;
        this.documents = documents;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    String rules(Model model, Locale locale) {
        List<TimeLimitRuleView> rows = rules.rows();
        model.addAttribute("rules", rows);
        // the rule in words, as the Code reads ("4 tháng, gia hạn tối đa 2 lần, mỗi lần không quá 4 tháng")
        Map<Long, String> base = new java.util.HashMap<>();
        Map<Long, String> extensions = new java.util.HashMap<>();
        for (TimeLimitRuleView row : rows) {
            try {
                base.put(row.id(), vn.theodoi.timelimits.RuleWording.period(
                        vn.theodoi.deadline.LimitPeriod.parse(row.basePeriod()), messages, locale));
                java.util.List<vn.theodoi.deadline.ExtensionLimit> parsed = new java.util.ArrayList<>();
                if (row.extensions() != null && !row.extensions().isBlank()) {
                    for (String part : row.extensions().split(",")) {
                        parsed.add(vn.theodoi.deadline.ExtensionLimit.parse(part));
                    }
                }
                String words = vn.theodoi.timelimits.RuleWording.extensions(parsed, messages, locale);
                extensions.put(row.id(), words.isEmpty() ? messages.getMessage("rules.words.noExtension", null,
                        locale) : words);
            } catch (IllegalArgumentException unreadable) {
                base.put(row.id(), row.basePeriod());
                extensions.put(row.id(), row.extensions());
            }
        }
        model.addAttribute("baseWords", base);
        model.addAttribute("extensionWords", extensions);
        return "admin/time-limit-rules";
    }

    /** The whole table as a document a lawyer reads and signs: every row, its article, readings and review. */
    @GetMapping(value = "/review.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> review(Locale locale) {
        List<TimeLimitRuleView> rows = rules.rows();
        byte[] pdf = documents.render("admin/time-limit-rules-review", Map.of("rules", rows,
                "today", clock.today()), locale);
        audit.recordEvent("TIME_LIMIT_TABLE_EXPORTED", "TIME_LIMIT_RULE", null, AuditOutcome.SUCCESS,
                AuditDetails.of().count("rows", rows.size()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bang-thoi-han-to-tung-" + clock.today() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable Long id, Model model) {
        TimeLimitRuleView row = rules.row(id);
        // the reviewer is not carried over: a correction is reviewed anew or shown as not reviewed
        return form(model, row, new TimeLimitRuleForm(row.basePeriod(), row.extensions(),
                row.requestExtensionDaysBefore(), row.maxEntries(), row.dayOffShift(), row.article(), row.note(),
                row.extensionCounting(), row.validTo(), null, null, row.version()));
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
