package vn.theodoi.access;

import java.util.EnumSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.PageLinks;

/** Administrators' pages for users: list, create, edit, unlock, revoke tokens. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final Users users;
    private final Organizations organizations;

    UserPages(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", users.search(q, PageRequest.of(Math.max(page, 0), 50, Sort.by("username"))));
        model.addAttribute("grants", users.pendingGrants());
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        return "admin/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new UserForm(null, null, null, null, EnumSet.of(Role.SPECIALIST), Clearance.UNCLASSIFIED,
                true, null, null), false);
    }

    @GetMapping("/{username}")
    String editForm(@PathVariable String username, Model model) {
        UserView user = users.byUsername(username);
        model.addAttribute("user", user);
        return form(model, new UserForm(user.username(), user.fullName(), user.email(), user.organizationCode(),
                EnumSet.copyOf(user.roles()), user.clearance(), user.enabled(), null, user.version()), true);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.password() == null || form.password().isBlank()) {
            errors.rejectValue("password", "validation.required");
        }
        if (!errors.hasErrors()) {
            try {
                users.create(form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/users";
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(model, form, false);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.update(username, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/users";
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("error.conflict");
            }
        }
        model.addAttribute("user", users.byUsername(username));
        return form(model, form, true);
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        users.unlock(username);
        redirect.addFlashAttribute("message", "user.unlocked");
        redirect.addFlashAttribute("messageArg", username);
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/revoke-tokens")
    String revokeTokens(@PathVariable String username, RedirectAttributes redirect) {
        users.revokeTokens(username);
        redirect.addFlashAttribute("message", "user.tokensRevoked");
        redirect.addFlashAttribute("messageArg", username);
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/reset-second-factor")
    String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
        users.resetSecondFactor(username);
        redirect.addFlashAttribute("message", "user.secondFactorReset");
        redirect.addFlashAttribute("messageArg", username);
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/grants/{id}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decide(() -> users.approve(id, version), "grant.approved", redirect);
    }

    @PostMapping("/grants/{id}/reject")
    String reject(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decide(() -> users.reject(id, version), "grant.rejected", redirect);
    }

    private String decide(java.util.function.Supplier<GrantView> decision, String done, RedirectAttributes redirect) {
        try {
            GrantView grant = decision.get();
            redirect.addFlashAttribute("message", done);
            redirect.addFlashAttribute("messageArg", grant.username());
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("message", e.messageKey());
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("message", e.messageKey());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("message", "error.conflict");
        }
        return "redirect:/admin/users";
    }

    private String form(Model model, UserForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("roles", Role.values());
        model.addAttribute("clearances", Clearance.values());
        model.addAttribute("organizations", organizations.all());
        return "admin/user-form";
    }
}
