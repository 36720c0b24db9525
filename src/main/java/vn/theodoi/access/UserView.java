package vn.theodoi.access;

import java.time.Instant;
import java.util.List;

/** A user as administrators list them; never carries the password hash. */
public record UserView(Long id, String username, String fullName, String email, List<Role> roles,
        String organizationCode, String organizationName, String provinceCode, Clearance clearance,
        boolean enabled, boolean locked, Instant lockedUntil, int failedAttempts, long version) {
}
