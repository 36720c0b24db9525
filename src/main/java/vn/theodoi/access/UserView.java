package vn.theodoi.access;

import java.time.Instant;
import java.util.List;

/**
 * A user as administrators list them; never carries the password hash or the second factor's
 * secret. {@code pendingGrant} is the privileged grant waiting for a second administrator, if any.
 */
public record UserView(Long id, String username, String fullName, String email, List<Role> roles,
        String organizationCode, String organizationName, String provinceCode, Clearance clearance,
        boolean enabled, boolean locked, Instant lockedUntil, int failedAttempts, long version,
        boolean secondFactorRequired, boolean secondFactorEnrolled, GrantView pendingGrant) {
}
