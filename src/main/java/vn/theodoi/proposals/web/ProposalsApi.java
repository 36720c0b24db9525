package vn.theodoi.proposals.web;

import java.net.URI;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.ReturnForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalForm;
import vn.theodoi.proposals.ProposalSummary;
import vn.theodoi.proposals.Proposals;

/**
 * Proposals and requests for opinion, and the steps of their answer: assign, draft, check, approve,
 * return, send. A step out of order is refused (422), a step by a role that may not take it too (403);
 * send the {@code version} you read to be told (409) when someone acted in between.
 */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals")
class ProposalsApi {

    private static final int MAX_PAGE = 200;

    private final Proposals proposals;

    ProposalsApi(Proposals proposals) {
        this.proposals = proposals;
    }

    @Operation(summary = "Proposals the caller may see, filtered (type, state, timeliness, sender, department, mine, q),"
            + " the latest received first, paged on the server", description = "Counting stops past 10,000 matches.")
    @GetMapping
    Page<ProposalSummary> list(@AuthenticationPrincipal TheodoiUser user, @ParameterObject ProposalFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return proposals.search(user, filter,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
    }

    @Operation(summary = "Receive a proposal (PROPOSAL) or a request for opinion (OPINION_REQUEST); the response"
            + " deadline is counted in working days", description = "A provincial officer submits a request for"
            + " opinion from their own organization: type and sender are theirs whatever is sent.")
    @PostMapping
    ResponseEntity<ProposalJson> create(@AuthenticationPrincipal TheodoiUser user,
            @Valid @RequestBody ProposalForm form) {
        Long id = proposals.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id))
                .body(ProposalJson.of(proposals.view(user, id)));
    }

    @Operation(summary = "The proposal with its state, computed timeliness and, once sent (or inside the Commission),"
            + " the answer")
    @GetMapping("/{id}")
    ProposalJson one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "Assign a department and one of its specialists: a leader, or the department's head")
    @PostMapping("/{id}/assign")
    ProposalJson assign(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody AssignForm form) {
        proposals.assign(user, id, form);
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "The assigned specialist drafts the answer")
    @PostMapping("/{id}/draft")
    ProposalJson draft(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody DraftForm form) {
        proposals.draft(user, id, form);
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "The department head checks the draft")
    @PostMapping("/{id}/check")
    ProposalJson check(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody(required = false) StepForm form) {
        proposals.check(user, id, form == null ? StepForm.none() : form);
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "A Commission leader approves the checked answer")
    @PostMapping("/{id}/approve")
    ProposalJson approve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody(required = false) StepForm form) {
        proposals.approve(user, id, form == null ? StepForm.none() : form);
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "Send the draft back to the specialist with the reason: the department head at the check,"
            + " a leader at the approval")
    @PostMapping("/{id}/return")
    ProposalJson sendBack(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody ReturnForm form) {
        proposals.sendBack(user, id, form);
        return ProposalJson.of(proposals.view(user, id));
    }

    @Operation(summary = "The approved answer was sent on a day (not in the future)")
    @PostMapping("/{id}/send")
    ProposalJson send(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody SendForm form) {
        proposals.send(user, id, form);
        return ProposalJson.of(proposals.view(user, id));
    }
}
