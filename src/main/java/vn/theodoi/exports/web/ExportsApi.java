package vn.theodoi.exports.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.Exports;
import vn.theodoi.exports.InvalidExportRequest;

/** Files prepared in the background: start one, follow it, download it. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
class ExportsApi {

    private static final String BASE = "/api/v1/exports/";

    private final Exports exports;
    private final MessageSource messages;

    ExportsApi(Exports exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    /** {@code kind}: records, tasks, proposals, inspections, situations or audit; {@code params}: the list's filters. */
    record ExportRequest(String kind, Map<String, String> params) {
    }

    @Operation(summary = "Start preparing a file (an XLSX export of a list, with the list's filters as params);"
            + " answers 202 with the job, whose Location is polled until it is DONE")
    @PostMapping
    ResponseEntity<ExportJson> start(@AuthenticationPrincipal TheodoiUser user, @RequestBody ExportRequest request,
            Locale locale) {
        UUID id = exports.start(user, request.kind(), request.params(), locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(BASE + id))
                .body(ExportJson.of(exports.status(user, id), BASE, messages, locale));
    }

    @Operation(summary = "The job: status (QUEUED, RUNNING, DONE, FAILED), rows done of total, and the file's link once done")
    @GetMapping("/{id}")
    ExportJson status(@AuthenticationPrincipal TheodoiUser user, @PathVariable UUID id, Locale locale) {
        return ExportJson.of(exports.status(user, id), BASE, messages, locale);
    }

    @Operation(summary = "Download the finished file (its owner only)")
    @GetMapping("/{id}/file")
    ResponseEntity<Resource> file(@AuthenticationPrincipal TheodoiUser user, @PathVariable UUID id) {
        return FileDownloads.of(exports.download(user, id));
    }

    @ExceptionHandler(InvalidExportRequest.class)
    ProblemDetail invalid(InvalidExportRequest e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/validation"));
        problem.setProperty("code", e.messageKey());
        return problem;
    }
}
