package vn.theodoi.audit;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.shared.web.Sorting;

/** The audit log for auditors' tools; newest first. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

    /** What the log may be sorted by. */
    static final java.util.Map<String, String> SORTABLE = java.util.Map.of("occurredAt", "occurredAt", "id", "id",
            "actor", "actor", "action", "action", "outcome", "outcome");

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    Page<AuditEntry> search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "sort=occurredAt|id|actor|action|outcome[,asc|desc]")
            @PageableDefault(size = 50, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return audit.search(new AuditQuery(actor, action, outcome, targetType, targetId, from, to),
                Sorting.restrict(pageable, SORTABLE));
    }

    @Operation(summary = "Verify the hash chain of the whole log",
            description = "Recomputes every entry's hash in chain order; when the chain does not hold, "
                    + "firstBroken names the first entry that does not (its id, chain position and why).")
    @GetMapping("/verify")
    ChainVerification verify() {
        return audit.verify();
    }
}
