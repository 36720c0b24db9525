package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest(name = "{0} failures in a row locks: {1}")
    @CsvSource({"1,false", "4,false", "5,true", "6,true"})
    void theFifthWrongPasswordInARowLocks(int failures, boolean locks) {
        assertThat(policy.lockedUntilAfter(failures, now) != null).isEqualTo(locks);
    }

    @ParameterizedTest(name = "locked until +15m, checked at +{0}m: {1}")
    @CsvSource({"0,true", "14,true", "15,false", "16,false"})
    void aLockExpiresAfterFifteenMinutes(int minutesLater, boolean stillLocked) {
        Instant until = policy.lockedUntilAfter(5, now);
        assertThat(LockoutPolicy.isLocked(until, now.plus(Duration.ofMinutes(minutesLater)))).isEqualTo(stillLocked);
    }

    @ParameterizedTest(name = "clearance {0} reads {1}: {2}")
    @CsvSource({
            "UNCLASSIFIED, UNCLASSIFIED, true", "UNCLASSIFIED, CONFIDENTIAL, false",
            "CONFIDENTIAL, CONFIDENTIAL, true", "CONFIDENTIAL, SECRET,       false",
            "SECRET,       SECRET,       true", "SECRET,       TOP_SECRET,   false",
            "TOP_SECRET,   TOP_SECRET,   true", "TOP_SECRET,   UNCLASSIFIED, true"})
    void clearanceMustBeAtLeastTheRecordsLevel(Clearance person, Clearance record, boolean reads) {
        assertThat(person.permits(record)).isEqualTo(reads);
    }
}
