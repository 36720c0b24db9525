package vn.theodoi.attachments.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.AttachmentView;
import vn.theodoi.attachments.Attachments;

/**
 * Attachments of any owner, by its kind and id; the owners' own APIs offer the same under their
 * paths ({@code /api/v1/records/{id}/events/{eventId}/attachments}, {@code /api/v1/tasks/{id}/attachments}).
 */
@RestController
@RequestMapping("/api/v1/attachments")
@Tag(name = "Attachments")
class AttachmentsApi {

    private final Attachments attachments;

    AttachmentsApi(Attachments attachments) {
        this.attachments = attachments;
    }

    @Operation(summary = "Download an attachment (audited); the owner's readers only")
    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal TheodoiUser user, @PathVariable long id) {
        return Downloads.of(attachments.open(user, id));
    }

    @Operation(summary = "The attachments of an owner (ownerKind RECORD_EVENT, TASK, ...), oldest first")
    @GetMapping
    List<AttachmentView> list(@AuthenticationPrincipal TheodoiUser user, @RequestParam String ownerKind,
            @RequestParam long ownerId) {
        return attachments.list(user, ownerKind, ownerId);
    }

    @Operation(summary = "Attach a file (multipart field 'file'): PDF, DOCX, PNG, JPEG, WebP or TIFF, at most 50 MB;"
            + " refused (422) when its content is not what its name says")
    @PostMapping(path = "/{ownerKind}/{ownerId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@AuthenticationPrincipal TheodoiUser user, @PathVariable String ownerKind,
            @PathVariable long ownerId, @RequestPart("file") MultipartFile file) {
        return created(attachments, user, ownerKind, ownerId, file);
    }

    @Operation(summary = "Remove an attachment; send the version you read (409 if it changed)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal TheodoiUser user, @PathVariable long id,
            @RequestParam long version) {
        attachments.delete(user, id, version);
        return ResponseEntity.noContent().build();
    }

    /** Stores the uploaded file and answers 201 with its description: shared with the owners' APIs. */
    static ResponseEntity<AttachmentView> created(Attachments attachments, TheodoiUser user, String ownerKind,
            long ownerId, MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            AttachmentView stored = attachments.store(user, ownerKind, ownerId, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id())).body(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
