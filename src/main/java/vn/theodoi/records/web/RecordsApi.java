package vn.theodoi.records.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.records.Dashboard;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.RecordCursor;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.ConversionForm;
import vn.theodoi.records.RecordPartForms.CorrectionForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.shared.InvalidParameterException;
import vn.theodoi.shared.web.IdempotentRequests;
import vn.theodoi.shared.web.PageLinks;

/** Records under oversight, their events and parts: everything the pages do. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Records")
class RecordsApi {

    private static final int MAX_PAGE = 200;

    private final Records records;
    private final IdempotentRequests idempotent;

    RecordsApi(Records records, IdempotentRequests idempotent) {
        this.records = records;
        this.idempotent = idempotent;
    }

    @Operation(summary = "Records the caller may see, filtered, sorted and paged on the server",
            description = "Counting stops past 10,000 matches, past 500 for a free-text search (q): a totalElements"
                    + " of 10,001 (501) means more than 10,000 (500)"
                    + " (narrow the filter rather than page that deep). figure, figureLevel (1-3, level figures"
                    + " only), figureFrom and figureTo (yyyy-MM-dd, both included) list exactly the records a"
                    + " report's figure counts.")
    @GetMapping("/records")
    ResponseEntity<Page<RecordSummary>> list(@AuthenticationPrincipal TheodoiUser user,
            @Valid @ParameterObject RecordFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        Page<RecordSummary> rows = records.search(user, filter,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
        String next = RecordCursor.next(rows, filter.sortOrDefault()).map(RecordCursor::token).orElse(null);
        return withNext(ResponseEntity.ok(), request, next).body(rows);
    }

    @Operation(summary = "Records after a cursor: deep pages of the list in the filter's order (keyset paging);"
            + " the cursor comes from the Link header (rel=next) of the page before")
    @GetMapping(value = "/records", params = "after")
    ResponseEntity<RecordSlice> listAfter(@AuthenticationPrincipal TheodoiUser user,
            @Valid @ParameterObject RecordFilter filter, @RequestParam String after,
            @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        RecordCursor cursor = RecordCursor.parse(after, filter.sortOrDefault())
                .orElseThrow(() -> new InvalidParameterException("after", "problem.cursor.invalid"));
        Slice<RecordSummary> rows = records.searchAfter(user, filter, cursor, Math.min(Math.max(size, 1), MAX_PAGE));
        String next = RecordCursor.next(rows, filter.sortOrDefault()).map(RecordCursor::token).orElse(null);
        return withNext(ResponseEntity.ok(), request, next).body(new RecordSlice(rows.getContent(), next));
    }

    /** A deep page of records: its rows, and the cursor of the page after it ({@code null} at the end). */
    record RecordSlice(List<RecordSummary> content, String next) {
    }

    /** {@code Link: <...&after=cursor>; rel="next"} (RFC 8288), on numbered and on cursor pages alike. */
    private static ResponseEntity.BodyBuilder withNext(ResponseEntity.BodyBuilder response, HttpServletRequest request,
            String next) {
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + PageLinks.baseOf(request) + "after=" + next + ">; rel=\"next\"");
        }
        return response;
    }

    @Operation(summary = "Create a case, matter or crime report",
            description = "With an Idempotency-Key header, a repeat of the key returns the first answer and writes nothing")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RecordJson.class)))
    @PostMapping("/records")
    ResponseEntity<?> create(@AuthenticationPrincipal TheodoiUser user, @Valid @RequestBody RecordForm form,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return idempotent.once(idempotencyKey, user.getUsername(), () -> {
            Long created = records.create(user, form);
            return ResponseEntity.created(URI.create("/api/v1/records/" + created))
                    .body(RecordJson.of(records.view(user, created)));
        });
    }

    @Operation(summary = "The record with its stage, every time limit, events and parts")
    @GetMapping("/records/{id}")
    RecordJson one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return RecordJson.of(records.data(user, id));
    }

    @Operation(summary = "Change the record's description; send the version you read (409 if it changed)")
    @PutMapping("/records/{id}")
    RecordJson update(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody RecordForm form) {
        records.update(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @Operation(summary = "Add a procedure event; an event the law does not allow is refused (422)",
            description = "With an Idempotency-Key header, a repeat of the key returns the first answer and writes nothing")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RecordJson.class)))
    @PostMapping("/records/{id}/events")
    ResponseEntity<?> addEvent(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody EventInput event,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return idempotent.once(idempotencyKey, user.getUsername(), () -> {
            records.addEvent(user, id, event);
            return ResponseEntity.status(HttpStatus.CREATED).body(RecordJson.of(records.view(user, id)));
        });
    }

    @Operation(summary = "Correct an event: the old one is kept, superseded, with the reason")
    @PostMapping("/records/{id}/events/{eventId}/correction")
    RecordJson correct(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long eventId,
            @Valid @RequestBody CorrectionForm form) {
        records.correctEvent(user, id, eventId, form);
        return RecordJson.of(records.view(user, id));
    }

    @Operation(summary = "Change the oversight level (or take the record out of monitoring with a null level)")
    @PostMapping("/records/{id}/level")
    RecordJson level(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody LevelForm form) {
        records.changeLevel(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @Operation(summary = "Turn a matter or crime report into another kind, keeping its history")
    @PostMapping("/records/{id}/conversion")
    RecordJson convert(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ConversionForm form) {
        records.convert(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @Operation(summary = "Split the record: a linked child (phase II)")
    @PostMapping("/records/{id}/split")
    ResponseEntity<RecordJson> split(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody SplitForm form) {
        Long child = records.split(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/records/" + child))
                .body(RecordJson.of(records.view(user, child)));
    }

    @PostMapping("/records/{id}/persons")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    RecordJson addPerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody PersonForm form) {
        records.addPerson(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @PutMapping("/records/{id}/persons/{personId}")
    RecordJson updatePerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long personId, @Valid @RequestBody PersonForm form) {
        records.updatePerson(user, id, personId, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/money")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    RecordJson addMoney(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody MoneyForm form) {
        records.addMoney(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/milestones")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    RecordJson addMilestone(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody MilestoneForm form) {
        records.addMilestone(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/milestones/{milestoneId}/achievement")
    RecordJson achieve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long milestoneId, @Valid @RequestBody AchievementForm form) {
        records.achieveMilestone(user, id, milestoneId, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/obstacles")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    RecordJson addObstacle(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ObstacleForm form) {
        records.addObstacle(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/obstacles/{obstacleId}/resolution")
    RecordJson resolve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long obstacleId, @Valid @RequestBody ResolutionForm form) {
        records.resolveObstacle(user, id, obstacleId, form);
        return RecordJson.of(records.view(user, id));
    }

    @PostMapping("/records/{id}/notes")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    RecordJson addNote(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody NoteForm form) {
        records.addNote(user, id, form);
        return RecordJson.of(records.view(user, id));
    }

    @Operation(summary = "The home page widgets: counts by level and stage, overdue and due-soon records")
    @GetMapping("/records/dashboard")
    Dashboard dashboard(@AuthenticationPrincipal TheodoiUser user) {
        return records.dashboard(user, 10);
    }
}
