package vn.theodoi.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.theodoi.access.LockoutPolicy;
import vn.theodoi.access.LoginAttempts;

@Controller
class LoginController {

    private static final Set<String> KNOWN_ERRORS = Set.of("bad_credentials", "locked", "disabled");

    private final LockoutPolicy lockout;

    LoginController(LoginAttempts attempts) {
        this.lockout = attempts.policy();
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", KNOWN_ERRORS.contains(error) ? error : "bad_credentials");
        }
        model.addAttribute("maxFailures", lockout.maxFailures());
        model.addAttribute("lockoutMinutes", lockout.lockout().toMinutes());
        return "login";
    }
}
