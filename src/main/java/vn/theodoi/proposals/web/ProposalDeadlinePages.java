package vn.theodoi.proposals.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.proposals.ProposalCommands.DeadlineForm;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Proposals;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.MessageArguments;

/** Administrators' page of the response deadlines per type of proposal (reference data: no proposal shown). */
@Controller
@RequestMapping("/admin/proposal-deadlines")
class ProposalDeadlinePages {

    private final Proposals proposals;
    private final MessageSource messages;

    ProposalDeadlinePages(Proposals proposals, MessageSource messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("deadlines", proposals.deadlines());
        return "admin/proposal-deadlines";
    }

    @PostMapping("/{type}")
    String change(@AuthenticationPrincipal TheodoiUser user, @PathVariable ProposalType type,
            @Valid @ModelAttribute DeadlineForm form, BindingResult errors, RedirectAttributes redirect) {
        String problem = null;
        if (errors.hasErrors()) {
            problem = messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale());
        } else {
            try {
                proposals.changeDeadline(user, type, form);
                redirect.addFlashAttribute("saved", true);
            } catch (DomainRuleViolation e) {
                problem = MessageArguments.message(messages, e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
            } catch (ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                problem = messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale());
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/admin/proposal-deadlines";
    }
}
