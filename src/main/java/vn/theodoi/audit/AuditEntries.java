package vn.theodoi.audit;

import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.QueryHint;

/** Read only: entries are written by {@link AuditChain}, never updated or deleted. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    /** The auditor's filters: one where-clause for the page and the export. */
    String MATCHING = """
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
              and e.occurredAt >= :from and e.occurredAt < :to
            """;

    @Query(MATCHING)
    Page<AuditEntry> search(@Param("actor") String actor, @Param("action") String action,
            @Param("outcome") AuditOutcome outcome, @Param("targetType") String targetType,
            @Param("targetId") String targetId, @Param("from") Instant from, @Param("to") Instant to,
            Pageable pageable);

    /** The same entries in the page's order (newest first), read as the caller consumes them. */
    @Query(MATCHING + " order by e.occurredAt desc, e.id desc")
    @QueryHints({@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "500"),
            @QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true")})
    Stream<AuditEntry> stream(@Param("actor") String actor, @Param("action") String action,
            @Param("outcome") AuditOutcome outcome, @Param("targetType") String targetType,
            @Param("targetId") String targetId, @Param("from") Instant from, @Param("to") Instant to);
}
