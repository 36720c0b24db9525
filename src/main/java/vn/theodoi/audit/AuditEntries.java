package vn.theodoi.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read only: entries are written by {@link AuditChain}, never updated or deleted. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AuditEntry> search(@Param("actor") String actor, @Param("action") String action,
            @Param("outcome") AuditOutcome outcome, @Param("targetType") String targetType,
            @Param("targetId") String targetId, @Param("from") Instant from, @Param("to") Instant to,
            Pageable pageable);
}
