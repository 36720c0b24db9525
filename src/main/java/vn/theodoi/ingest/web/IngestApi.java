package vn.theodoi.ingest.web;

import java.net.URI;
import java.util.List;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.ingest.AcceptForm;
import vn.theodoi.ingest.Ingest;
import vn.theodoi.ingest.IngestBatchSummary;
import vn.theodoi.ingest.IngestBatchView;
import vn.theodoi.ingest.ReadForm;
import vn.theodoi.ingest.internal.ProposalRefused;
import vn.theodoi.shared.web.MessageArguments;

/**
 * Reading a text: post it, get the proposals (records it names, tasks its directing sentences give), then accept
 * some of them by id. Only the caller sees their texts; accepting is done once.
 */
@RestController
@RequestMapping("/api/v1/ingest")
@Tag(name = "Ingest")
class IngestApi {

    private static final int MAX_LIST = 100;

    private final Ingest ingest;
    private final MessageSource messages;

    IngestApi(Ingest ingest, MessageSource messages) {
        this.ingest = ingest;
        this.messages = messages;
    }

    /** A module's refusal of one accepted proposal: the shared problem (422, its code) naming the proposal. */
    @ExceptionHandler(ProposalRefused.class)
    ProblemDetail refused(ProposalRefused e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                MessageArguments.message(messages, e.messageKey(), e.arguments(), locale));
        problem.setType(URI.create("https://theodoi.vn/problems/rule-violated"));
        problem.setTitle(messages.getMessage("problem.rule.title", null, locale));
        problem.setProperty("code", e.messageKey());
        problem.setProperty("proposalId", e.proposalId());
        return problem;
    }

    @Operation(summary = "Read a text and propose: the records it names (that the caller may see) and the tasks its"
            + " directing sentences give, each with its evidence in the text",
            description = "Nothing but the text and its proposals is written. Dates without a year take the year of"
                    + " readOn (today if omitted). 400 for an empty or too long text (100,000 characters); 403 for a"
                    + " role that gives no tasks.")
    @PostMapping
    ResponseEntity<IngestBatchView> read(@AuthenticationPrincipal TheodoiUser user, @Valid @RequestBody ReadForm form) {
        Long id = ingest.read(user, form);
        return ResponseEntity.created(URI.create("/api/v1/ingest/" + id)).body(ingest.view(user, id));
    }

    @Operation(summary = "The caller's texts read, the latest first")
    @GetMapping
    List<IngestBatchSummary> recent(@AuthenticationPrincipal TheodoiUser user,
            @RequestParam(defaultValue = "20") int limit) {
        return ingest.recent(user, Math.min(Math.max(limit, 1), MAX_LIST));
    }

    @Operation(summary = "A text read, its proposals and what was recognized in it",
            description = "A record the caller may no longer see is left out. Another person's text is 404.")
    @GetMapping("/{id}")
    IngestBatchView one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return ingest.view(user, id);
    }

    @Operation(summary = "Accept the proposals listed in accepted (with the changes given for tasks); reject the others",
            description = "In one transaction: each accepted task is created (source: this text; lead: the proposed"
                    + " or changed organization, else the caller's own), each accepted record link adds a note to the"
                    + " record. A text is decided once: a second decision is 422 (ingest.alreadyDecided), an id"
                    + " that is not one of its proposals 422 (ingest.proposalNotInBatch); a refusal of the tasks or"
                    + " records module (a lead out of the caller's reach, a due date before today) undoes it all and"
                    + " answers 422 with its code and the proposalId it concerns.")
    @PostMapping("/{id}/accept")
    IngestBatchView accept(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody AcceptForm form) {
        ingest.accept(user, id, form);
        return ingest.view(user, id);
    }
}
