package vn.theodoi.tasks.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.DueDateForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskCommands.ReassignForm;
import vn.theodoi.tasks.TaskCommands.UrgeForm;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Tasks;

/** Tasks from every source, their progress, completion, urging and statistics. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TasksApi {

    private static final int MAX_PAGE = 200;

    private final Tasks tasks;

    TasksApi(Tasks tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "Tasks the caller may see, filtered (status, lead, source, meeting, dueFrom..dueTo, mine, q),"
            + " sorted and paged on the server", description = "Counting stops past 10,000 matches.")
    @GetMapping
    Page<TaskSummary> list(@AuthenticationPrincipal TheodoiUser user, @ParameterObject TaskFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return tasks.search(user, filter, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
    }

    @Operation(summary = "Give a task to a lead organization")
    @PostMapping
    ResponseEntity<TaskJson> create(@AuthenticationPrincipal TheodoiUser user, @Valid @RequestBody TaskForm form) {
        Long id = tasks.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id)).body(TaskJson.of(tasks.view(user, id)));
    }

    @Operation(summary = "The task with its computed status, progress reports, urges and due-date history")
    @GetMapping("/{id}")
    TaskJson one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return TaskJson.of(tasks.view(user, id));
    }

    @Operation(summary = "Report progress as of a day (not in the future): the lead organization's people")
    @PostMapping("/{id}/progress")
    ResponseEntity<TaskJson> progress(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ProgressForm form) {
        tasks.reportProgress(user, id, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(TaskJson.of(tasks.view(user, id)));
    }

    @Operation(summary = "Complete the task on a day (not in the future) with its result")
    @PostMapping("/{id}/complete")
    TaskJson complete(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody CompletionForm form) {
        tasks.complete(user, id, form);
        return TaskJson.of(tasks.view(user, id));
    }

    @Operation(summary = "Urge (đôn đốc) the lead organization: recorded and delivered as a notification")
    @PostMapping("/{id}/urge")
    ResponseEntity<TaskJson> urge(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody UrgeForm form) {
        tasks.urge(user, id, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(TaskJson.of(tasks.view(user, id)));
    }

    @Operation(summary = "A leader moves the due date, with the reason (kept in the history); send the version you read")
    @PostMapping("/{id}/due-date")
    TaskJson dueDate(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody DueDateForm form) {
        tasks.changeDueDate(user, id, form);
        return TaskJson.of(tasks.view(user, id));
    }

    @Operation(summary = "Hand many tasks to another person at once (department heads)")
    @PostMapping("/reassignment")
    Map<String, Integer> reassign(@AuthenticationPrincipal TheodoiUser user, @Valid @RequestBody ReassignForm form) {
        return Map.of("reassigned", tasks.reassign(user, form));
    }

    @Operation(summary = "Counts of each status, in total and per lead organization, for the tasks due from..to"
            + " (or without a due date and assigned then); a scheme's milestones count in their scheme")
    @GetMapping("/stats")
    TaskStats stats(@AuthenticationPrincipal TheodoiUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String organizationCode) {
        return tasks.stats(user, from, to, organizationCode);
    }
}
