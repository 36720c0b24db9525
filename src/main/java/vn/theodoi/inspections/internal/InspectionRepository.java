package vn.theodoi.inspections.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Inspections by id; lists go through {@link InspectionQueries}. */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {
}
