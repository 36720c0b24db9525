package vn.theodoi.reports.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.reports.ReviewDocuments;
import vn.theodoi.reports.ReviewRequest;

/** The review documents as files: DOCX to edit, PDF (signed where the installation holds the caller's key). */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReviewDocumentsApi {

    private final ReviewDocuments documents;

    ReviewDocumentsApi(ReviewDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "The review of a period (sơ kết 6 tháng, tổng kết năm, or any period) as DOCX or PDF",
            description = "403 when the caller's scope holds a classified record they may not see (audited).")
    @GetMapping("/review")
    ResponseEntity<byte[]> review(@AuthenticationPrincipal TheodoiUser user, @Valid @ParameterObject ReviewQuery query) {
        return DocumentResponses.attachment(documents.generate(user,
                ReviewRequest.period(query.from(), query.to()), query.documentFormat()));
    }

    @Operation(summary = "The progress report since session N, from the session's date to today, as DOCX or PDF",
            description = "404 for a session the caller does not see; 403 as for the review.")
    @GetMapping("/since-session")
    ResponseEntity<byte[]> sinceSession(@AuthenticationPrincipal TheodoiUser user,
            @Valid @ParameterObject SinceSessionQuery query) {
        return DocumentResponses.attachment(documents.generate(user,
                ReviewRequest.sinceSession(query.number()), query.documentFormat()));
    }
}
