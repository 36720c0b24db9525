package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The read-your-writes window and the thread's permission to read the replica, without a database. */
class ReadRoutingTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T03:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aPersonsWindowLastsTenSecondsInMemoryAndInTheirSession() {
        MovableClock clock = new MovableClock();
        ReadRouting routing = new ReadRouting(true, Duration.ofSeconds(10), clock, () -> null);
        MockHttpSession session = new MockHttpSession();

        routing.wrote("specialist", session);
        clock.now = clock.now.plusSeconds(9);
        assertThat(routing.wroteRecently("specialist", null)).as("this node remembers the name").isTrue();
        assertThat(routing.wroteRecently(null, session)).as("the session remembers, for any node").isTrue();
        assertThat(routing.wroteRecently("leader", new MockHttpSession())).as("another person").isFalse();

        clock.now = clock.now.plusSeconds(2);
        assertThat(routing.wroteRecently("specialist", session)).as("11 s later").isFalse();
    }

    @Test
    void withoutAReplicaNothingIsRemembered() {
        ReadRouting routing = new ReadRouting(false, Duration.ofSeconds(10), new MovableClock(), () -> null);
        MockHttpSession session = new MockHttpSession();
        routing.wrote("specialist", session);
        assertThat(routing.wroteRecently("specialist", session)).isFalse();
        assertThat(session.getAttributeNames().hasMoreElements()).isFalse();
        assertThat(routing.replicaIfCaughtUp()).isNotNull();
    }

    @Test
    void onlyWorkLetOntoTheReplicaAndNotPinnedToThePrimaryMayReadIt() {
        AtomicReference<Boolean> pinnedInside = new AtomicReference<>();
        assertThat(ReadRouting.replicaAllowed()).as("a thread by default").isFalse();
        boolean allowed = ReadRouting.withReplica(() -> {
            pinnedInside.set(ReadRouting.onPrimary(ReadRouting::replicaAllowed));
            return ReadRouting.replicaAllowed();
        });
        assertThat(allowed).isTrue();
        assertThat(pinnedInside.get()).as("pinned to the primary inside").isFalse();
        assertThat(ReadRouting.replicaAllowed()).as("after the scope").isFalse();

        try (ReadRouting.Scope scope = ReadRouting.replicaScope()) {
            ReadRouting.stopReplica();
            assertThat(ReadRouting.replicaAllowed()).as("after a write in the same request").isFalse();
        }
        assertThat(ReadRouting.replicaFlag()).isNull();
    }
}
