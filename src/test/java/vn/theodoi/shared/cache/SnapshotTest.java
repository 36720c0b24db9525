package vn.theodoi.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/** Held until it is older than its maximum age or evicted; a miss reads it again at most once per interval. */
class SnapshotTest {

    private Instant now = Instant.parse("2026-11-28T01:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final ConcurrentMapCache cache = new ConcurrentMapCache("test", false);
    private final Snapshot<Integer> snapshot = new Snapshot<>(cache, "key", Duration.ofMinutes(1),
            reads::incrementAndGet, clock);

    @Test
    void readOnceAndHeldUntilOlderThanItsMaximumAge() {
        assertThat(snapshot.get()).isEqualTo(1);
        now = now.plusSeconds(60);
        assertThat(snapshot.get()).isEqualTo(1);
        now = now.plusMillis(1);
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(cache.get("key")).isNotNull();
    }

    @Test
    void anEvictionMakesTheNextReaderReadItAgain() {
        assertThat(snapshot.get()).isEqualTo(1);
        snapshot.evict();
        assertThat(cache.get("key")).isNull();
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void aMissReadsItAgainOnlyWhenItIsNotYoungerThanTheInterval() {
        assertThat(snapshot.reloadedUnlessYoungerThan(Duration.ofSeconds(1))).isEqualTo(1);
        now = now.plusMillis(999);
        assertThat(snapshot.reloadedUnlessYoungerThan(Duration.ofSeconds(1))).isEqualTo(1);
        now = now.plusMillis(1);
        assertThat(snapshot.reloadedUnlessYoungerThan(Duration.ofSeconds(1))).isEqualTo(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }
}
