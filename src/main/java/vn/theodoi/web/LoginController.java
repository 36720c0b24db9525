package vn.theodoi.web;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Set<String> KNOWN_ERRORS = Set.of("bad_credentials", "locked", "disabled");

    private final int maxFailures;
    private final long lockoutMinutes;

    LoginController(@Value("${theodoi.security.max-failed-logins:5}") int maxFailures,
            @Value("${theodoi.security.lockout:15m}") java.time.Duration lockout) {
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockout.toMinutes();
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", KNOWN_ERRORS.contains(error) ? error : "bad_credentials");
        }
        model.addAttribute("maxFailures", maxFailures);
        model.addAttribute("lockoutMinutes", lockoutMinutes);
        return "login";
    }
}
