package vn.theodoi.shared.web;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * The {@code Idempotency-Key} request header of the create APIs. A request with a key runs in one
 * transaction with a row {@code (user, key)} in {@code idempotent_request}, which keeps the answer
 * (status, {@code Location}, JSON body): what it created and the row commit together or not at all.
 * A repeat of the key by the same user gets the stored answer back (with
 * {@code Idempotency-Replayed: true}) and writes nothing; a repeat that arrives while the first is
 * still running waits for it (the primary key's lock) and then gets its answer. A failed request
 * stores nothing, so its retry runs again. The same key on another endpoint is refused (422). Keys
 * are kept {@link #KEPT} (a db-scheduler job, once per cluster, deletes older ones).
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_KEY = 128;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /**
     * Runs {@code action} once per {@code (username, key)}: without a key, simply runs it; with a key
     * seen before, answers as the first time.
     */
    public <T> ResponseEntity<?> once(String key, String username, Supplier<ResponseEntity<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainRuleViolation("idempotency.keyInvalid", MAX_KEY);
        }
        String endpoint = endpoint();
        ResponseEntity<?> stored = replay(username, key, endpoint);
        if (stored != null) {
            return stored;
        }
        try {
            return transaction.execute(status -> {
                jdbc.update("insert into idempotent_request (username, request_key, endpoint, status, created_at)"
                        + " values (?, ?, ?, 0, ?)", username, key, endpoint, Timestamp.from(Instant.now()));
                ResponseEntity<T> answer = action.get();
                URI location = answer.getHeaders().getLocation();
                jdbc.update("update idempotent_request set status = ?, location = ?, body = ? where username = ?"
                        + " and request_key = ?", answer.getStatusCode().value(),
                        location == null ? null : location.toString(),
                        answer.getBody() == null ? null : json.writeValueAsString(answer.getBody()), username, key);
                return answer;
            });
        } catch (DuplicateKeyException raced) {
            // the same key committed by a concurrent request while this one waited on it
            ResponseEntity<?> first = replay(username, key, endpoint);
            if (first == null) {
                throw raced;
            }
            return first;
        }
    }

    private ResponseEntity<?> replay(String username, String key, String endpoint) {
        List<ResponseEntity<?>> found = jdbc.query("select endpoint, status, location, body from idempotent_request"
                + " where username = ? and request_key = ?", (rs, n) -> {
                    if (!rs.getString("endpoint").equals(endpoint)) {
                        throw new DomainRuleViolation("idempotency.keyReused");
                    }
                    ResponseEntity.BodyBuilder answer = ResponseEntity.status(rs.getInt("status"))
                            .header(REPLAYED, "true");
                    String location = rs.getString("location");
                    if (location != null) {
                        answer.header(HttpHeaders.LOCATION, location);
                    }
                    String body = rs.getString("body");
                    return body == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(body);
                }, username, key);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String endpoint() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
        }
        return "";
    }

    int removeOlderThan(Instant before) {
        return jdbc.update("delete from idempotent_request where created_at < ?", Timestamp.from(before));
    }

    /** Deletes the keys past {@link #KEPT}, hourly, on one node of the cluster. */
    @Configuration(proxyBeanMethods = false)
    static class Cleanup {

        private static final Logger log = LoggerFactory.getLogger(Cleanup.class);

        @Bean
        RecurringTask<Void> idempotencyKeyCleanup(IdempotentRequests requests) {
            return Tasks.recurring("idempotency-key-cleanup", Schedules.fixedDelay(Duration.ofHours(1)))
                    .execute((instance, context) -> {
                        int removed = requests.removeOlderThan(Instant.now().minus(KEPT));
                        if (removed > 0) {
                            log.info("Removed {} idempotency keys older than {}", removed, KEPT);
                        }
                    });
        }
    }
}
