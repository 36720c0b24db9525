package vn.theodoi.access;

import java.time.Duration;
import java.time.Instant;

/**
 * Account lockout: after {@code maxFailures} wrong passwords in a row the account is locked for
 * {@code lockout}, or until an administrator unlocks it. A success resets the count.
 */
public record LockoutPolicy(int maxFailures, Duration lockout) {

    /** The lock to apply after a failure that brings the count to {@code failuresInARow}; null when none. */
    public Instant lockedUntilAfter(int failuresInARow, Instant now) {
        return failuresInARow >= maxFailures ? now.plus(lockout) : null;
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
