package vn.theodoi.records.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.AttachmentView;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.NotFoundException;

/** The files attached to a record's events: the decision, the indictment, the judgment. Downloads: {@code /api/v1/attachments/{id}}. */
@RestController
@RequestMapping("/api/v1/records/{id}/events/{eventId}/attachments")
@Tag(name = "Records")
class RecordAttachmentsApi {

    static final String KIND = "RECORD_EVENT";

    private final Records records;
    private final Attachments attachments;

    RecordAttachmentsApi(Records records, Attachments attachments) {
        this.records = records;
        this.attachments = attachments;
    }

    @Operation(summary = "The files attached to an event of the record, oldest first")
    @GetMapping
    List<AttachmentView> list(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long eventId) {
        requireEvent(user, id, eventId);
        return attachments.list(user, KIND, eventId);
    }

    @Operation(summary = "Attach a file to an event (multipart field 'file'): PDF, DOCX, PNG, JPEG, WebP or TIFF,"
            + " at most 50 MB, refused (422) when its content is not what its name says")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> attach(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long eventId, @RequestPart("file") MultipartFile file) {
        requireEvent(user, id, eventId);
        try (InputStream content = file.getInputStream()) {
            AttachmentView stored = attachments.store(user, KIND, eventId, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id())).body(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record as its reader sees it (out of sight: not found, audited), and the event one of its own. */
    private void requireEvent(TheodoiUser user, Long id, Long eventId) {
        RecordView view = records.view(user, id);
        if (view.events().stream().map(RecordView.Event::id).noneMatch(eventId::equals)) {
            throw new NotFoundException("event", eventId);
        }
    }
}
