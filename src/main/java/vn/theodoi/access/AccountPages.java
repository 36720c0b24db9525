package vn.theodoi.access;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** The person's own page: who they are, and their second factor (enrol, renew recovery codes). */
@Controller
@RequestMapping("/account")
class AccountPages {

    static final String ENROLMENT = AccountPages.class.getName() + ".ENROLMENT";

    private final Users users;
    private final SecondFactors secondFactors;

    AccountPages(Users users, SecondFactors secondFactors) {
        this.users = users;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String account(@AuthenticationPrincipal TheodoiUser user, Model model) {
        model.addAttribute("account", users.byUsername(user.getUsername()));
        model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(user.id()));
        return "account";
    }

    @GetMapping("/second-factor")
    String enrolForm(@AuthenticationPrincipal TheodoiUser user, HttpSession session, Model model) {
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(user.getUsername());
        session.setAttribute(ENROLMENT, new SecondFactors.Enrolment(enrolment.secret(), enrolment.otpauthUri(), null));
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("action", "/account/second-factor");
        return "login-enrol";
    }

    @PostMapping("/second-factor")
    String enrol(@AuthenticationPrincipal TheodoiUser user, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model) {
        if (!(session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment enrolment)) {
            return "redirect:/account/second-factor";
        }
        List<String> codes = secondFactors.enrol(user.id(), enrolment.secret(), code);
        if (codes.isEmpty()) {
            model.addAttribute("error", true);
            model.addAttribute("enrolment", secondFactors.enrolment(user.getUsername(), enrolment.secret()));
            model.addAttribute("action", "/account/second-factor");
            return "login-enrol";
        }
        session.removeAttribute(ENROLMENT);
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("next", "/account");
        return "recovery-codes";
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal TheodoiUser user, Model model) {
        if (!users.byUsername(user.getUsername()).secondFactorEnrolled()) {
            return "redirect:/account";
        }
        model.addAttribute("recoveryCodes", secondFactors.newRecoveryCodes(user.id()));
        model.addAttribute("next", "/account");
        return "recovery-codes";
    }
}
