package vn.theodoi.attachments.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.AttachmentView;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.MessageArguments;

/**
 * Downloads, and the upload and removal forms of the attachments fragment
 * ({@code attachments/fragments :: files}) that owners' pages include: each returns to the owner's
 * page with what happened, shown next to the owner's list.
 */
@Controller
@RequestMapping("/attachments")
class AttachmentPages {

    private final Attachments attachments;
    private final MessageSource messages;

    AttachmentPages(Attachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal TheodoiUser user, @PathVariable long id) {
        return Downloads.of(attachments.open(user, id));
    }

    @PostMapping("/{ownerKind}/{ownerId}")
    String upload(@AuthenticationPrincipal TheodoiUser user, @PathVariable String ownerKind, @PathVariable long ownerId,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        String back = attachments.pagePath(ownerKind, ownerId);
        redirect.addFlashAttribute("attachmentOwner", ownerKind.toUpperCase(java.util.Locale.ROOT) + ":" + ownerId);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("attachmentProblem", message("attachment.empty"));
            return "redirect:" + back;
        }
        try (InputStream content = file.getInputStream()) {
            AttachmentView stored = attachments.store(user, ownerKind, ownerId, file.getOriginalFilename(), content);
            redirect.addFlashAttribute("attachmentSaved", stored.fileName());
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("attachmentProblem", message(e.messageKey(), e.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:" + back;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TheodoiUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam String ownerKind, @RequestParam long ownerId, RedirectAttributes redirect) {
        String back = attachments.pagePath(ownerKind, ownerId);
        redirect.addFlashAttribute("attachmentOwner", ownerKind.toUpperCase(java.util.Locale.ROOT) + ":" + ownerId);
        try {
            attachments.delete(user, id, version);
            redirect.addFlashAttribute("attachmentDeleted", true);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("attachmentProblem", message("attachment.changed"));
        }
        return "redirect:" + back;
    }

    private String message(String key, Object... arguments) {
        return MessageArguments.message(messages, key, arguments, LocaleContextHolder.getLocale());
    }
}
