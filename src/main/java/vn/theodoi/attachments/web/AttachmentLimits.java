package vn.theodoi.attachments.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.theodoi.attachments.Attachments;

/** The largest file accepted, for the upload forms of every page that includes the attachments fragment. */
@ControllerAdvice(annotations = Controller.class)
class AttachmentLimits {

    private final Attachments attachments;

    AttachmentLimits(Attachments attachments) {
        this.attachments = attachments;
    }

    @ModelAttribute("attachmentMaxBytes")
    long attachmentMaxBytes() {
        return attachments.maxBytes();
    }
}
