package vn.theodoi.access;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/** Token issue and revocation for API clients, and "who am I". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApi {

    record TokenRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}")
            String username,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.maxLength}")
            String password,
            @Schema(description = "The TOTP or a recovery code; required of administrators and people cleared SECRET or above")
            @Size(max = 64, message = "{validation.maxLength}")
            String code) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record Me(String username, String fullName, List<Role> roles, String organizationCode, String organizationName,
            String provinceCode, Clearance clearance) {
    }

    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AuthApi(LoginAttempts attempts, ApiTokens tokens, MessageSource messages) {
        this.attempts = attempts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @Operation(summary = "Exchange a username and password for a bearer token")
    @PostMapping("/auth/token")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        var checked = attempts.checkPassword(request.username(), request.password(), "api", address);
        if (checked.next() == LoginAttempts.Next.ENROLMENT_REQUIRED) {
            throw new SecondFactorNeeded("login.secondFactor.enrolFirst", HttpStatus.FORBIDDEN);
        }
        if (checked.next() == LoginAttempts.Next.SECOND_FACTOR) {
            if (request.code() == null || request.code().isBlank()) {
                throw new SecondFactorNeeded("login.secondFactor.required", HttpStatus.UNAUTHORIZED);
            }
            if (!attempts.checkSecondFactor(checked, request.code(), "api", address)) {
                throw new LoginAttempts.LoginFailedException(LoginAttempts.Failure.BAD_CREDENTIALS);
            }
        }
        TheodoiUser user = attempts.succeed(checked.userId(), "api")
                .orElseThrow(() -> new LoginAttempts.LoginFailedException(LoginAttempts.Failure.BAD_CREDENTIALS));
        var issued = tokens.issue(user, address);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** The password was right; the person must still give (or first enrol) a second factor. */
    static final class SecondFactorNeeded extends RuntimeException {

        private final String key;
        private final HttpStatus status;

        SecondFactorNeeded(String key, HttpStatus status) {
            super(key);
            this.key = key;
            this.status = status;
        }
    }

    @ExceptionHandler(SecondFactorNeeded.class)
    ResponseEntity<ProblemDetail> secondFactorNeeded(SecondFactorNeeded e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, messages.getMessage(e.key, null, locale));
        problem.setTitle(messages.getMessage("problem.unauthorized.title", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/second-factor"));
        problem.setProperty("code", e.key);
        return ResponseEntity.status(e.status).header("WWW-Authenticate", "Bearer").body(problem);
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
        HttpStatus status = e.failure() == LoginAttempts.Failure.RATE_LIMITED ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.UNAUTHORIZED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, new Object[] {attempts.policy().maxFailures(),
                        attempts.policy().lockout().toMinutes()}, locale));
        problem.setTitle(messages.getMessage(status == HttpStatus.TOO_MANY_REQUESTS ? "problem.tooMany.title"
                : "problem.unauthorized.title", null, locale));
        problem.setType(URI.create("https://theodoi.vn/problems/login-failed"));
        problem.setProperty("code", key);
        var response = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.header("Retry-After", "60");
        } else {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.body(problem);
    }
}
