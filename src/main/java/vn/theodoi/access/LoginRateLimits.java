package vn.theodoi.access;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Rate limits on password and second-factor checks (Bucket4j token buckets): per source address
 * and per account name (as typed, so an unknown name is limited like a real one and the limit
 * tells nothing). Both the login form and the token endpoint draw from the same buckets.
 *
 * <p>The buckets live in this node's memory, each map bounded (least recently used evicted). With
 * several nodes each node limits on its own, so an attacker gets N times the rate; the lockout
 * after wrong passwords is in the database and holds across nodes. A shared limit needs Bucket4j's
 * PostgreSQL or Redis proxy manager (see docs/architecture.md).
 */
@Component
class LoginRateLimits {

    static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> byAddress;
    private final Map<String, Bucket> byAccount;
    private final Supplier<Bucket> addressBucket;
    private final Supplier<Bucket> accountBucket;

    LoginRateLimits(SecuritySettings settings) {
        this.byAddress = lru();
        this.byAccount = lru();
        this.addressBucket = () -> bucket(settings.loginAttemptsPerAddress(), settings.loginRatePeriod());
        this.accountBucket = () -> bucket(settings.loginAttemptsPerAccount(), settings.loginRatePeriod());
    }

    /** Takes one attempt from both buckets; false (and nothing taken) when either is empty. */
    boolean tryAttempt(String address, String username) {
        Bucket address_ = bucketOf(byAddress, address == null ? "" : address, addressBucket);
        Bucket account = bucketOf(byAccount, Users.normalize(username).toLowerCase(Locale.ROOT), accountBucket);
        if (!address_.tryConsume(1)) {
            return false;
        }
        if (!account.tryConsume(1)) {
            address_.addTokens(1);
            return false;
        }
        return true;
    }

    private static Bucket bucketOf(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> create.get());
        }
    }

    private static Bucket bucket(int attempts, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build())
                .build();
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
