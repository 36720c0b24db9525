package vn.theodoi.access;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The login in two steps. The password first (same answer for a wrong password whatever the
 * account); then, for administrators and everyone cleared SECRET or above, a TOTP or recovery
 * code, or the enrolment of an authenticator if they have none yet. Until the last step succeeds
 * the session holds no authentication at all (only the pending login), so no page is reachable.
 * Each step changes the session id and the CSRF token.
 */
@Controller
class LoginPages {

    static final String PENDING = LoginPages.class.getName() + ".PENDING";
    static final String ENROLMENT = LoginPages.class.getName() + ".ENROLMENT";
    private static final Set<String> KNOWN_ERRORS = Set.of("bad_credentials", "disabled", "rate_limited", "expired");

    private final LoginAttempts attempts;
    private final SecondFactors secondFactors;
    private final SecuritySettings settings;
    private final HttpSessionSecurityContextRepository contexts;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    LoginPages(LoginAttempts attempts, SecondFactors secondFactors, SecuritySettings settings,
            HttpSessionSecurityContextRepository contexts, SessionAuthenticationStrategy loginSessionStrategy) {
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.contexts = contexts;
        this.sessionStrategy = loginSessionStrategy;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", KNOWN_ERRORS.contains(error) ? error : "bad_credentials");
        }
        model.addAttribute("maxFailures", attempts.policy().maxFailures());
        model.addAttribute("lockoutMinutes", attempts.policy().lockout().toMinutes());
        return "login";
    }

    @PostMapping("/login")
    String checkPassword(@RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        LoginAttempts.PasswordChecked checked;
        try {
            checked = attempts.checkPassword(username, password, "web", request.getRemoteAddr());
        } catch (LoginAttempts.LoginFailedException e) {
            return "redirect:/login?error=" + e.failure().name().toLowerCase();
        }
        if (checked.next() == LoginAttempts.Next.DONE) {
            return finish(checked, request, response);
        }
        request.getSession();
        sessionStrategy.onAuthentication(pendingToken(checked), request, response);
        request.getSession().setAttribute(PENDING, checked);
        return checked.next() == LoginAttempts.Next.SECOND_FACTOR ? "redirect:/login/second-factor"
                : "redirect:/login/enrol";
    }

    @GetMapping("/login/second-factor")
    String secondFactorForm(HttpServletRequest request, Model model) {
        Optional<LoginAttempts.PasswordChecked> pending = pending(request, LoginAttempts.Next.SECOND_FACTOR);
        if (pending.isEmpty()) {
            return "redirect:/login?error=expired";
        }
        return "login-second-factor";
    }

    @PostMapping("/login/second-factor")
    String checkSecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        Optional<LoginAttempts.PasswordChecked> pending = pending(request, LoginAttempts.Next.SECOND_FACTOR);
        if (pending.isEmpty()) {
            return "redirect:/login?error=expired";
        }
        try {
            if (attempts.checkSecondFactor(pending.get(), code, "web", request.getRemoteAddr())) {
                return finish(pending.get(), request, response);
            }
        } catch (LoginAttempts.LoginFailedException e) {
            clearPending(request);
            return "redirect:/login?error=" + e.failure().name().toLowerCase();
        }
        model.addAttribute("error", true);
        return "login-second-factor";
    }

    @GetMapping("/login/enrol")
    String enrolForm(HttpServletRequest request, Model model) {
        Optional<LoginAttempts.PasswordChecked> pending = pending(request, LoginAttempts.Next.ENROLMENT_REQUIRED);
        if (pending.isEmpty()) {
            return "redirect:/login?error=expired";
        }
        HttpSession session = request.getSession();
        SecondFactors.Enrolment enrolment = (SecondFactors.Enrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            enrolment = secondFactors.newEnrolment(pending.get().username());
            session.setAttribute(ENROLMENT, new SecondFactors.Enrolment(enrolment.secret(), enrolment.otpauthUri(), null));
        } else {
            enrolment = secondFactors.enrolment(pending.get().username(), enrolment.secret());
        }
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("action", "/login/enrol");
        return "login-enrol";
    }

    @PostMapping("/login/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        Optional<LoginAttempts.PasswordChecked> pending = pending(request, LoginAttempts.Next.ENROLMENT_REQUIRED);
        HttpSession session = request.getSession();
        SecondFactors.Enrolment enrolment = (SecondFactors.Enrolment) session.getAttribute(ENROLMENT);
        if (pending.isEmpty() || enrolment == null) {
            return "redirect:/login?error=expired";
        }
        List<String> recoveryCodes = secondFactors.enrol(pending.get().userId(), enrolment.secret(), code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("error", true);
            model.addAttribute("enrolment", secondFactors.enrolment(pending.get().username(), enrolment.secret()));
            model.addAttribute("action", "/login/enrol");
            return "login-enrol";
        }
        session.removeAttribute(ENROLMENT);
        String next = finish(pending.get(), request, response);
        if (!next.startsWith("redirect:/login")) {
            model.addAttribute("recoveryCodes", recoveryCodes);
            model.addAttribute("next", next.substring("redirect:".length()));
            return "recovery-codes";
        }
        return next;
    }

    /** Every factor was right: the session becomes authenticated (new id, new CSRF token). */
    private String finish(LoginAttempts.PasswordChecked login, HttpServletRequest request,
            HttpServletResponse response) {
        clearPending(request);
        Optional<TheodoiUser> user = attempts.succeed(login.userId(), "web");
        if (user.isEmpty()) {
            return "redirect:/login?error=bad_credentials";
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        request.getSession();
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return "redirect:" + (saved != null ? localPart(saved.getRedirectUrl(), request) : "/");
    }

    /** Only a path on this site: a saved request never sends the person elsewhere. */
    private static String localPart(String url, HttpServletRequest request) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return "/";
            }
            String local = path.substring(request.getContextPath().length());
            return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private Optional<LoginAttempts.PasswordChecked> pending(HttpServletRequest request, LoginAttempts.Next step) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof LoginAttempts.PasswordChecked checked)
                || checked.next() != step) {
            return Optional.empty();
        }
        if (attempts.expired(checked, settings.secondFactorTimeout())) {
            clearPending(request);
            return Optional.empty();
        }
        return Optional.of(checked);
    }

    private static void clearPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
            session.removeAttribute(ENROLMENT);
        }
    }

    /** Not an authentication anyone is given: it only tells the session strategy a login step happened. */
    private static UsernamePasswordAuthenticationToken pendingToken(LoginAttempts.PasswordChecked checked) {
        return UsernamePasswordAuthenticationToken.unauthenticated(checked.username(), null);
    }
}
