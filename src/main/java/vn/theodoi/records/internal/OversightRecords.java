package vn.theodoi.records.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The records as aggregates, by id and code; lists and counts go through {@link RecordQueries}. */
public interface OversightRecords extends JpaRepository<OversightRecord, Long> {

    boolean existsByCode(String code);

    @Query("select count(r) from OversightRecord r where r.parentId = :parentId")
    long countChildren(Long parentId);
}
