package vn.theodoi.records.internal;

import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.Severity;

/** The describing fields of a record, with organizations resolved to ids (services resolve the codes people type). */
public record RecordDescription(String title, String summary, Severity severity, Clearance classification,
        Long ownerOrganizationId, Long ownerDepartmentId, String responsibleUsername, Set<String> provinceCodes,
        Set<Long> agencyIds, Set<String> crimeArticles, Set<String> readers) {
}
