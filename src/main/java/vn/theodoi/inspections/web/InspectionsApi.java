package vn.theodoi.inspections.web;

import java.net.URI;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.inspections.InspectionCommands.ConclusionForm;
import vn.theodoi.inspections.InspectionCommands.FindingsForm;
import vn.theodoi.inspections.InspectionCommands.RecommendationForm;
import vn.theodoi.inspections.InspectionCommands.StartForm;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionForm;
import vn.theodoi.inspections.InspectionSummary;
import vn.theodoi.inspections.InspectionView;
import vn.theodoi.inspections.Inspections;

/** Inspection and supervision plans, their lifecycle, findings and recommendations (each of which becomes a task). */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections")
class InspectionsApi {

    private static final int MAX_PAGE = 200;

    private final Inspections inspections;

    InspectionsApi(Inspections inspections) {
        this.inspections = inspections;
    }

    @Operation(summary = "Inspections the caller may see, filtered (status, kind, target, q), latest period first, paged",
            description = "Counting stops past 10,000 matches.")
    @GetMapping
    Page<InspectionSummary> list(@AuthenticationPrincipal TheodoiUser user, @ParameterObject InspectionFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inspections.list(user, filter,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
    }

    @Operation(summary = "Plan an inspection or supervision of a province, ministry or agency")
    @PostMapping
    ResponseEntity<InspectionView> create(@AuthenticationPrincipal TheodoiUser user,
            @Valid @RequestBody InspectionForm form) {
        Long id = inspections.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(inspections.view(user, id));
    }

    @Operation(summary = "The inspection with its team, findings and recommendations, each with its task's status")
    @GetMapping("/{id}")
    InspectionView one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return inspections.view(user, id);
    }

    @Operation(summary = "The team starts work on a day (planned → in progress); send the version you read")
    @PostMapping("/{id}/start")
    InspectionView start(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody StartForm form) {
        inspections.start(user, id, form);
        return inspections.view(user, id);
    }

    @Operation(summary = "Record (or rewrite) the findings while in progress; send the version you read")
    @PostMapping("/{id}/findings")
    InspectionView findings(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody FindingsForm form) {
        inspections.recordFindings(user, id, form);
        return inspections.view(user, id);
    }

    @Operation(summary = "Conclude (in progress → concluded; needs findings); send the version you read")
    @PostMapping("/{id}/conclusion")
    InspectionView conclude(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ConclusionForm form) {
        inspections.conclude(user, id, form);
        return inspections.view(user, id);
    }

    @Operation(summary = "Add a recommendation: it becomes a task (source INSPECTION) of its lead organization,"
            + " due on its own date; answers the task's id")
    @PostMapping("/{id}/recommendations")
    ResponseEntity<Map<String, Long>> recommend(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody RecommendationForm form) {
        Long taskId = inspections.recommend(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId)).body(Map.of("taskId", taskId));
    }
}
