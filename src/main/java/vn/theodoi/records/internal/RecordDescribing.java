package vn.theodoi.records.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.ConversionForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.timelimits.ProcedureClock;

/** Changing what describes a record, its oversight level and its kind. */
@Service
@Transactional
public class RecordDescribing {

    private final RecordAccess access;
    private final OversightRecords records;
    private final ProcedureClock clock;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Users users;
    private final Clock instants = Clock.systemUTC();

    RecordDescribing(RecordAccess access, OversightRecords records, ProcedureClock clock, Organizations organizations,
            AuditLog audit, Users users) {
        this.users = users;
        this.access = access;
        this.records = records;
        this.clock = clock;
        this.organizations = organizations;
        this.audit = audit;
    }

    public void update(TheodoiUser user, Long id, RecordForm form) {
        Visibility reader = access.reader(user);
        OversightRecord record = access.describable(reader, id);
        if (form.version() == null || form.version() != record.getVersion()) {
            throw new ConcurrentEditException();
        }
        requireClearance(reader, form);
        RecordDescription description = description(form, record.getResponsibleUsername());
        requirePeople(description);
        record.describe(description, clock.assessor(), instants.instant());
        access.requireStillDescribable(reader, record);
        records.flush();
        audit.recordChange("RECORD_UPDATED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                .kind("classification", record.getClassification()).kind("severity", record.getSeverity()));
    }

    public void changeLevel(TheodoiUser user, Long id, LevelForm form) {
        OversightRecord record = access.describable(access.reader(user), id);
        record.changeLevel(form.oversightLevel(), form.decidedOn(), form.decisionRef(), form.note(),
                user.getUsername(), instants.instant());
        records.flush();
        audit.recordChange("RECORD_LEVEL_CHANGED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("level", form.oversightLevel()).date("decided", form.decidedOn()));
    }

    public void convert(TheodoiUser user, Long id, ConversionForm form) {
        OversightRecord record = access.describable(access.reader(user), id);
        RecordKind before = record.getKind();
        record.convert(form.toKind(), form.changedOn(), form.note(), user.getUsername(), instants.instant());
        records.flush();
        audit.recordChange("RECORD_CONVERTED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of().kind("from", before)
                .kind("to", form.toKind()).date("on", form.changedOn()));
    }

    /** Nobody classifies a record above their own clearance. */
    void requireClearance(Visibility reader, RecordForm form) {
        if (!reader.clearance().permits(form.classification())) {
            throw new DomainRuleViolation("record.classificationAboveClearance", form.classification());
        }
    }

    /** The form's codes resolved against the organization directory: owner, department, provinces, agencies. */
    public RecordDescription description(RecordForm form, String defaultResponsible) {
        OrganizationDirectory directory = organizations.directory();
        OrganizationView owner = organization(directory, VietnameseText.clean(form.ownerOrganizationCode()));
        String departmentCode = VietnameseText.clean(form.ownerDepartmentCode());
        Long departmentId = null;
        if (departmentCode != null) {
            OrganizationView department = organization(directory, departmentCode);
            if (department.type() != OrganizationType.DEPARTMENT) {
                throw new DomainRuleViolation("record.notADepartment", departmentCode);
            }
            departmentId = department.id();
        }
        Set<String> provinces = new LinkedHashSet<>();
        for (String code : cleaned(form.provinceCodes())) {
            directory.province(code).orElseThrow(() -> new DomainRuleViolation("record.unknownProvince", code));
            provinces.add(code);
        }
        Set<Long> agencies = new LinkedHashSet<>();
        for (String code : cleaned(form.agencyCodes())) {
            agencies.add(organization(directory, code).id());
        }
        Set<String> readers = cleaned(form.readers()).stream().map(String::toLowerCase)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String responsible = VietnameseText.clean(form.responsibleUsername());
        return new RecordDescription(form.title(), form.summary(), form.severity(), form.classification(), owner.id(),
                departmentId, responsible == null ? defaultResponsible : responsible, provinces, agencies,
                cleaned(form.crimeArticles()), readers);
    }

    /** The specialist who follows the record and the access list name people who have an account. */
    void requirePeople(RecordDescription description) {
        Set<String> named = namedPeople(description);
        if (!named.isEmpty()) {
            requirePeople(description, users.existing(named));
        }
    }

    /** The people a description names, lower-cased: its follower and its access list. */
    Set<String> namedPeople(RecordDescription description) {
        Set<String> named = new LinkedHashSet<>(description.readers());
        if (description.responsibleUsername() != null) {
            named.add(description.responsibleUsername().toLowerCase());
        }
        return named;
    }

    /** As {@link #requirePeople(RecordDescription)}, against the accounts already looked up (many records at once). */
    void requirePeople(RecordDescription description, Set<String> existing) {
        String responsible = description.responsibleUsername();
        if (responsible != null && !existing.contains(responsible.toLowerCase())) {
            throw new DomainRuleViolation("record.unknownResponsible", responsible);
        }
        for (String username : namedPeople(description)) {
            if (!existing.contains(username)) {
                throw new DomainRuleViolation("record.unknownUser", username);
            }
        }
    }

    private static OrganizationView organization(OrganizationDirectory directory, String code) {
        return directory.byCode(code).orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
    }

    private static Set<String> cleaned(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(VietnameseText::clean).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
