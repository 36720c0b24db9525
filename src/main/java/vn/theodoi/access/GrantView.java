package vn.theodoi.access;

import java.time.Instant;
import java.util.List;

/** A privileged grant: the roles to add and/or the clearance to raise to, who asked and who decided. */
public record GrantView(Long id, String username, List<Role> roles, Clearance clearance, String status,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, long version) {
}
