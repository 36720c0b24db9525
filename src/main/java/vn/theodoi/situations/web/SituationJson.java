package vn.theodoi.situations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;
import vn.theodoi.situations.SituationView;

/** A hot spot as the API returns it: the page, as data. Send {@code version} back with a change. */
record SituationJson(Long id, SituationType type, String provinceCode, String provinceName, String place,
        LocalDate occurredOn, String scale, int severity, String summary, SituationStatus status,
        Clearance classification, Set<String> readers, String ownerOrganizationCode, String reportedBy,
        List<SituationView.Update> updates, List<SituationView.Linked> records, List<SituationView.Linked> tasks,
        long version, Instant createdAt, Instant updatedAt) {

    static SituationJson of(SituationView v) {
        return new SituationJson(v.id(), v.type(), v.provinceCode(), v.provinceName(), v.place(), v.occurredOn(),
                v.scale(), v.severity(), v.summary(), v.status(), v.classification(), v.readers(),
                v.ownerOrganizationCode(), v.reportedBy(), v.updates(), v.records(), v.tasks(), v.version(),
                v.createdAt(), v.updatedAt());
    }
}
