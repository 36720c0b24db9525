package vn.theodoi.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;

/**
 * Events that anyone can cause without limit (an anonymous API request refused, a login refused
 * by the rate limit) are counted, not written one entry each: a Micrometer counter
 * ({@code theodoi.audit.tallied}, tagged by action and kind) and one audit entry per action and
 * interval with the counts by kind. Nobody can grow the log without bound.
 *
 * <p>Per node on purpose: the counts live in this node's memory (writing each anonymous refusal to the
 * database is the unbounded write this class exists to avoid), so only this node can write them. The
 * timer below is therefore not a cluster job for db-scheduler: each node flushes its own counts, and
 * the entries of several nodes for one interval add up to the cluster's total. A node killed with
 * SIGKILL loses at most one interval's counts (the Micrometer counter has them too).
 */
@Component
public class AuditTally {

    private final AuditLog audit;
    private final MeterRegistry meters;
    private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private volatile Instant since = clock.instant();

    AuditTally(AuditLog audit, MeterRegistry meters) {
        this.audit = audit;
        this.meters = meters;
    }

    /** Counts one event of {@code action}; {@code kind} is a code (a channel, a reason). */
    public void count(String action, String kind) {
        counts.computeIfAbsent(action, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        Counter.builder("theodoi.audit.tallied").description("Events counted instead of audited one by one")
                .tag("action", action).tag("kind", kind).register(meters).increment();
    }

    /** Writes one entry per action counted since the last flush. Runs every interval and at shutdown. */
    @Scheduled(fixedDelayString = "${theodoi.audit.tally-interval:60s}", initialDelayString = "${theodoi.audit.tally-interval:60s}")
    @PreDestroy
    public synchronized void flush() {
        try {
            write();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AuditTally.class).warn("Could not write the tallied audit counts", e);
        }
    }

    private void write() {
        Instant from = since;
        Instant to = clock.instant();
        since = to;
        for (String action : counts.keySet()) {
            Map<String, AtomicLong> byKind = counts.get(action);
            AuditDetails details = AuditDetails.of().instant("from", from).instant("to", to);
            long total = 0;
            for (Map.Entry<String, Long> kind : snapshot(byKind).entrySet()) {
                if (kind.getValue() > 0) {
                    details.count(kind.getKey(), kind.getValue());
                    total += kind.getValue();
                }
            }
            if (total > 0) {
                audit.recordEventAs(null, action, "TALLY", null, AuditOutcome.DENIED, details.count("total", total));
            }
        }
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> byKind) {
        Map<String, Long> taken = new TreeMap<>();
        byKind.forEach((kind, count) -> taken.put(kind, count.getAndSet(0)));
        return taken;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
