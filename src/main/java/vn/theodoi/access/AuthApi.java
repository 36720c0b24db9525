package vn.theodoi.access;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** Token issue and revocation for API clients, and "who am I". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApi {

    record TokenRequest(@NotBlank(message = "{validation.required}") String username,
            @NotBlank(message = "{validation.required}") String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record Me(String username, String fullName, List<Role> roles, String organizationCode, String organizationName,
            String provinceCode, Clearance clearance) {
    }

    private final AuthenticationManager manager;
    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AuthApi(AuthenticationManager manager, LoginAttempts attempts, ApiTokens tokens, MessageSource messages) {
        this.manager = manager;
        this.attempts = attempts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @Operation(summary = "Exchange a username and password for a bearer token")
    @PostMapping("/auth/token")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var authentication = attempts.authenticate(manager, request.username(), request.password(), "api");
        var issued = tokens.issue((TheodoiUser) authentication.getPrincipal(), http.getRemoteAddr());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @Operation(summary = "Revoke the bearer token of this request")
    @DeleteMapping("/auth/token")
    ResponseEntity<Void> revoke(HttpServletRequest http) {
        String token = BearerTokenFilter.tokenOf(http);
        if (token != null) {
            tokens.revoke(token);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The caller: roles, organization, province and clearance")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal TheodoiUser user) {
        return new Me(user.getUsername(), user.fullName(), user.sortedRoles(), user.organizationCode(),
                user.organizationName(), user.provinceCode(), user.clearance());
    }

    @ExceptionHandler(LoginAttempts.LoginFailedException.class)
    ResponseEntity<ProblemDetail> loginFailed(LoginAttempts.LoginFailedException e) {
        String key = "login.error." + e.failure().name().toLowerCase();
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.getMessage(key, new Object[] {attempts.policy().maxFailures(),
                        attempts.policy().lockout().toMinutes()}, locale));
        problem.setTitle(messages.getMessage("problem.unauthorized.title", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/login-failed"));
        problem.setProperty("code", key);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
    }
}
