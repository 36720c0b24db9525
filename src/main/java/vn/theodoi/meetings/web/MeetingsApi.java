package vn.theodoi.meetings.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import vn.theodoi.meetings.MeetingCommands.AgendaItemForm;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.meetings.MeetingCommands.DocumentStateForm;
import vn.theodoi.meetings.MeetingForm;
import vn.theodoi.meetings.MeetingSummary;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.MeetingView;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.meetings.SinceSession;

/** Sessions and standing members' meetings, their agenda, documents and conclusion. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings")
class MeetingsApi {

    private final Meetings meetings;

    MeetingsApi(Meetings meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "Meetings the caller may see, latest first")
    @GetMapping
    Page<MeetingSummary> list(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) MeetingType type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return meetings.list(user, type, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @Operation(summary = "Create a session (type SESSION, with its number) or a standing members' meeting")
    @PostMapping
    ResponseEntity<MeetingView> create(@AuthenticationPrincipal TheodoiUser user, @Valid @RequestBody MeetingForm form) {
        Long id = meetings.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.view(user, id));
    }

    @Operation(summary = "The meeting with its agenda, documents, conclusion and the tasks it made")
    @GetMapping("/{id}")
    MeetingView one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return meetings.view(user, id);
    }

    @PostMapping("/{id}/agenda")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    MeetingView addAgendaItem(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody AgendaItemForm form) {
        meetings.addAgendaItem(user, id, form);
        return meetings.view(user, id);
    }

    @PostMapping("/{id}/documents")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    MeetingView addDocument(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody DocumentForm form) {
        meetings.addDocument(user, id, form);
        return meetings.view(user, id);
    }

    @PostMapping("/{id}/documents/{documentId}/state")
    MeetingView moveDocument(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long documentId, @Valid @RequestBody DocumentStateForm form) {
        meetings.moveDocument(user, id, documentId, form);
        return meetings.view(user, id);
    }

    @Operation(summary = "Record the conclusion: each numbered requirement becomes a task of its lead organization")
    @PostMapping("/{id}/conclusion")
    ResponseEntity<Map<String, List<Long>>> conclude(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ConclusionForm form) {
        List<Long> taskIds = meetings.recordConclusion(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(Map.of("taskIds", taskIds));
    }

    @Operation(summary = "What changed in tasks and records between session N's date and today")
    @GetMapping("/since-session/{number}")
    SinceSession since(@AuthenticationPrincipal TheodoiUser user, @PathVariable int number) {
        return meetings.since(user, number, 50);
    }
}
