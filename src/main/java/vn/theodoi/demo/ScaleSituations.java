package vn.theodoi.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.situations.BulkSituations;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.SituationDraft;
import vn.theodoi.situations.SituationForm;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;
import vn.theodoi.situations.Situations;

/**
 * A large, fictional data set of hot spots for load tests and benchmarks: reported over the last
 * two years by the provinces' standing agencies across the 34 provinces, of every type and severity,
 * with follow-up entries; most resolved, the recent ones often still open. Written by
 * {@link BulkSituations} through the aggregate. The same seed gives the same data.
 */
@Component
class ScaleSituations {

    private static final SituationType[] TYPES = SituationType.values();

    private final BulkSituations bulk;
    private final Situations situations;
    private final Organizations organizations;

    ScaleSituations(BulkSituations bulk, Situations situations, Organizations organizations) {
        this.bulk = bulk;
        this.situations = situations;
        this.organizations = organizations;
    }

    BulkSituations.Result generate(int count, long seed) {
        List<String> provinces = organizations.provinces().stream().filter(Province::isCurrent).map(Province::getCode)
                .toList();
        List<OrganizationView> agencies = organizations.all().stream()
                .filter(o -> o.active() && o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY).toList();
        LocalDate today = situations.today();
        Random r = new Random(seed);
        return bulk.write(count, today, id -> draft(id, r, provinces, agencies, today));
    }

    private SituationDraft draft(long id, Random r, List<String> provinces, List<OrganizationView> agencies,
            LocalDate today) {
        String province = provinces.get(r.nextInt(provinces.size()));
        Long owner = agencies.stream().filter(a -> province.equals(a.provinceCode())).map(OrganizationView::id)
                .findFirst().orElse(agencies.get(0).id());
        LocalDate occurred = today.minusDays(r.nextInt(730));
        int severity = r.nextInt(100) < 55 ? 1 : r.nextInt(100) < 70 ? 2 : 3;
        Clearance classification = r.nextInt(100) < 5 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED;
        DemoSituations.Sample sample = DemoSituations.SAMPLES[r.nextInt(DemoSituations.SAMPLES.length)];
        SituationForm form = new SituationForm(TYPES[r.nextInt(TYPES.length)], province,
                sample.place() + " (dữ liệu thử tải " + id + ")", occurred, sample.scale(), severity,
                sample.summary() + " (dữ liệu thử tải)", classification, Set.of());
        List<UpdateForm> updates = new ArrayList<>();
        long age = today.toEpochDay() - occurred.toEpochDay();
        // older hot spots are mostly resolved; recent ones often still open or being handled
        boolean resolved = r.nextInt(100) < (age > 90 ? 85 : 30);
        LocalDate last = occurred;
        if (age > 0 && (resolved || r.nextBoolean())) {
            last = occurred.plusDays(1 + r.nextInt((int) Math.min(age, 30)));
            updates.add(new UpdateForm(last, "Địa phương đã thành lập tổ công tác, đối thoại với người dân (dữ liệu thử tải)",
                    SituationStatus.BEING_HANDLED, 0L));
        }
        if (resolved && last.isBefore(today)) {
            last = last.plusDays(1 + r.nextInt((int) Math.min(today.toEpochDay() - last.toEpochDay(), 60)));
            updates.add(new UpdateForm(last, "Vụ việc đã được giải quyết dứt điểm (dữ liệu thử tải)",
                    SituationStatus.RESOLVED, 0L));
        }
        return new SituationDraft(form, owner, ScaleData.CREATED_BY, updates,
                occurred.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)),
                last.atTime(16, r.nextInt(60)).toInstant(ZoneOffset.ofHours(7)));
    }
}
