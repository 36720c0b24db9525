package vn.theodoi.situations;

import java.time.Instant;
import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/** A hot spot as the feed shows it: one row, read in one query. */
public record SituationSummary(Long id, SituationType type, String provinceCode, String provinceName, String place,
        LocalDate occurredOn, String scale, int severity, String summary, SituationStatus status,
        Clearance classification, Instant updatedAt) {
}
