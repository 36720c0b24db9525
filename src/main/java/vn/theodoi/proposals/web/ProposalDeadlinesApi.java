package vn.theodoi.proposals.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.proposals.ProposalCommands.DeadlineForm;
import vn.theodoi.proposals.ProposalDeadline;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Proposals;

/** The response deadline of each type of proposal, in working days: administrators change it. */
@RestController
@RequestMapping("/api/v1/proposal-deadlines")
@Tag(name = "Proposals")
class ProposalDeadlinesApi {

    private final Proposals proposals;

    ProposalDeadlinesApi(Proposals proposals) {
        this.proposals = proposals;
    }

    @Operation(summary = "The response deadline of each type, in working days after the day received")
    @GetMapping
    List<ProposalDeadline> all() {
        return proposals.deadlines();
    }

    @Operation(summary = "Change a type's response deadline (administrators); applies to proposals received from now on")
    @PutMapping("/{type}")
    ProposalDeadline change(@AuthenticationPrincipal TheodoiUser user, @PathVariable ProposalType type,
            @Valid @RequestBody DeadlineForm form) {
        return proposals.changeDeadline(user, type, form);
    }
}
