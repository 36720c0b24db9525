package vn.theodoi.access;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a user. The password is required on creation only. */
public record UserForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z][a-z0-9_.-]{2,63}", message = "{validation.user.username}")
        String username,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.maxLength}")
        String fullName,
        @Email(message = "{validation.email}") @Size(max = 255, message = "{validation.maxLength}")
        String email,
        @NotBlank(message = "{validation.required}")
        String organizationCode,
        @NotEmpty(message = "{validation.user.roles}")
        Set<Role> roles,
        @NotNull(message = "{validation.required}")
        Clearance clearance,
        Boolean enabled,
        String password,
        Long version) {
}
