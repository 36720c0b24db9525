package vn.theodoi.tasks.web;

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

/** The files attached to a task: the incoming letter, the signed answer. Downloads: {@code /api/v1/attachments/{id}}. */
@RestController
@RequestMapping("/api/v1/tasks/{id}/attachments")
@Tag(name = "Tasks")
class TaskAttachmentsApi {

    static final String KIND = "TASK";

    private final Attachments attachments;

    TaskAttachmentsApi(Attachments attachments) {
        this.attachments = attachments;
    }

    @Operation(summary = "The files attached to the task, oldest first")
    @GetMapping
    List<AttachmentView> list(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return attachments.list(user, KIND, id);
    }

    @Operation(summary = "Attach a file (multipart field 'file'): PDF, DOCX, PNG, JPEG, WebP or TIFF, at most 50 MB,"
            + " refused (422) when its content is not what its name says; the lead organization's people and leaders")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> attach(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestPart("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            AttachmentView stored = attachments.store(user, KIND, id, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id())).body(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
