package vn.theodoi.inspections;

import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/** An inspection as lists show it: one row, read in one query. */
public record InspectionSummary(Long id, InspectionKind kind, String subject, String targetOrganizationCode,
        String targetOrganizationName, String ownerUnitName, Clearance classification, LocalDate periodStart,
        LocalDate periodEnd, InspectionStatus status, LocalDate startedOn, LocalDate concludedOn,
        int recommendations) {
}
