package vn.theodoi.situations;

import java.time.Instant;
import java.util.List;

import vn.theodoi.situations.SituationCommands.UpdateForm;

/**
 * A hot spot for generated data (load tests, benchmarks): the report, its follow-up entries in
 * order (their versions are not checked), who reported it (their unit owns it) and when.
 */
public record SituationDraft(SituationForm report, Long ownerOrganizationId, String reportedBy,
        List<UpdateForm> updates, Instant createdAt, Instant lastChangedAt) {
}
