package vn.theodoi.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
    private final List<AuditNames> names;

    AuditPages(AuditLog audit, List<AuditNames> names) {
        this.audit = audit;
        this.names = names;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, action, outcome, targetType, targetId, from, to);
        model.addAttribute("query", query);
        model.addAttribute("outcomes", AuditOutcome.values());
        Page<AuditEntry> entries = audit.search(query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        model.addAttribute("entries", entries);
        model.addAttribute("people", people(entries.getContent()));
        model.addAttribute("targets", targets(entries.getContent()));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        return "audit/list";
    }

    /** Full names of the page's actors, by username (one question per module). */
    private Map<String, String> people(List<AuditEntry> entries) {
        Set<String> usernames = entries.stream().map(AuditEntry::getActor).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> found = new HashMap<>();
        names.forEach(n -> found.putAll(n.personNames(usernames)));
        return found;
    }

    /** Names of the page's targets, by "type id" (one question per module and type). */
    private Map<String, String> targets(List<AuditEntry> entries) {
        Map<String, Set<String>> idsByType = new HashMap<>();
        entries.stream().filter(e -> e.getTargetType() != null && e.getTargetId() != null).forEach(e ->
                idsByType.computeIfAbsent(e.getTargetType(), t -> new HashSet<>()).add(e.getTargetId()));
        Map<String, String> found = new HashMap<>();
        idsByType.forEach((type, ids) -> names.forEach(n -> n.targetNames(type, ids)
                .forEach((id, name) -> found.put(type + " " + id, name))));
        return found;
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/verify";
    }
}
