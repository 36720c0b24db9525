package vn.theodoi.situations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;

/**
 * A whole hot spot as its page and the API show it. {@code records} and {@code tasks} hold only the
 * linked items the reader may see. {@code mayUpdate}: the reader may add follow-up entries, change the
 * status and link records and tasks.
 */
public record SituationView(Long id, SituationType type, String provinceCode, String provinceName, String place,
        LocalDate occurredOn, String scale, int severity, String summary, SituationStatus status,
        Clearance classification, Set<String> readers, String ownerOrganizationCode, String ownerOrganizationName,
        String reportedBy, List<Update> updates, List<Linked> records, List<Linked> tasks, long version,
        Instant createdAt, Instant updatedAt, boolean mayUpdate) {

    public record Update(Long id, LocalDate date, String text, SituationStatus statusBefore,
            SituationStatus statusAfter, String writtenBy, Instant writtenAt) {

        public boolean changedStatus() {
            return statusBefore != statusAfter;
        }
    }

    public record Linked(Long id, String code, String title) {
    }
}
