package vn.theodoi.records;

import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.Severity;

/** The describing fields of a record, resolved to ids (the service resolves codes from forms and the API). */
record RecordDetails(String title, String summary, Severity severity, Clearance classification,
        Long ownerOrganizationId, Long ownerDepartmentId, String responsibleUsername, Set<String> provinceCodes, Set<Long> agencyIds,
        Set<String> crimeArticles, Set<String> readers) {
}
