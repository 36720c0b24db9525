package vn.theodoi.audit;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import vn.theodoi.shared.web.PageLinks;

/** The auditor's page: the log, filtered and paged on the server, newest first. */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, action, outcome, targetType, targetId, from, to);
        model.addAttribute("query", query);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("entries", audit.search(query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        return "audit/list";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/verify";
    }
}
