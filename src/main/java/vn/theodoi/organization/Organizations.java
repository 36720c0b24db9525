package vn.theodoi.organization;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.cache.Snapshot;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * The organization tree and the provinces: the module's public face. Reads come from memory, without a
 * transaction; only the changes below open one.
 */
@Service
public class Organizations {

    static final String AUDIT_TARGET = "ORGANIZATION";
    static final Duration DIRECTORY_MAX_AGE = Duration.ofMinutes(5);
    /** The cache holding the snapshot; its eviction reaches every node (shared.cache). */
    public static final String DIRECTORY_CACHE = "organization-directory";
    private static final String SNAPSHOT = "snapshot";

    private final OrganizationRepository organizations;
    private final ProvinceRepository provinces;
    private final AuditLog audit;
    private final Snapshot<OrganizationDirectory> directory;

    Organizations(OrganizationRepository organizations, ProvinceRepository provinces, AuditLog audit,
            CacheManager caches) {
        this.organizations = organizations;
        this.provinces = provinces;
        this.audit = audit;
        this.directory = new Snapshot<>(caches.getCache(DIRECTORY_CACHE), SNAPSHOT, DIRECTORY_MAX_AGE,
                () -> new OrganizationDirectory(organizations.findAllViews(),
                        provinces.findAllByOrderByCurrentDescSortOrderAscCodeAsc()));
    }

    /**
     * The tree and the provinces held in memory (the {@link #DIRECTORY_CACHE} cache). A change
     * evicts it on every node once committed; {@link #DIRECTORY_MAX_AGE} bounds its age whatever happens.
     */
    public OrganizationDirectory directory() {
        return directory.get();
    }

    /**
     * The directory once more from the database when it lacks what is asked for (an organization
     * another node has just added), at most once a second, so unknown codes cannot make every
     * request read the tree.
     */
    private OrganizationDirectory reloadedOnMiss() {
        return directory.reloadedUnlessYoungerThan(Duration.ofSeconds(1));
    }

    public List<OrganizationView> all() {
        return directory().all();
    }

    public Optional<OrganizationView> byCode(String code) {
        return directory().byCode(code).or(() -> code == null ? Optional.empty() : reloadedOnMiss().byCode(code));
    }

    public Optional<OrganizationView> byId(Long id) {
        return directory().byId(id).or(() -> id == null ? Optional.empty() : reloadedOnMiss().byId(id));
    }

    public List<Province> provinces() {
        return directory().provinces();
    }

    public Optional<Province> province(String code) {
        return directory().province(code);
    }

    /** The organization and every organization below it: a unit's organizational scope. */
    public Set<Long> subtreeOf(Long rootId) {
        return directory().subtreeOf(rootId);
    }

    /** Drops the snapshot on every node once the change commits, so the next reader loads the new tree. */
    private void refreshAfterCommit() {
        directory.evict();
    }

    @Transactional
    public OrganizationView create(OrganizationForm form) {
        if (organizations.existsByCode(form.code())) {
            throw new DomainRuleViolation("organization.codeTaken", form.code());
        }
        Organization organization = new Organization(form.code(), form.name(), form.type());
        apply(organization, form);
        organizations.saveAndFlush(organization);
        refreshAfterCommit();
        audit.recordChange("ORGANIZATION_CREATED", AUDIT_TARGET, organization.getCode(), describe(organization));
        return organizations.findViewById(organization.getId()).orElseThrow();
    }

    @Transactional
    public OrganizationView update(String code, OrganizationForm form) {
        Organization organization = organizations.findByCode(code)
                .orElseThrow(() -> new NotFoundException("organization", code));
        if (form.version() == null || form.version() != organization.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (!organization.getCode().equals(form.code())) {
            throw new DomainRuleViolation("organization.codeImmutable", code);
        }
        apply(organization, form);
        organizations.saveAndFlush(organization);
        refreshAfterCommit();
        audit.recordChange("ORGANIZATION_UPDATED", AUDIT_TARGET, organization.getCode(), describe(organization));
        return organizations.findViewById(organization.getId()).orElseThrow();
    }

    private void apply(Organization organization, OrganizationForm form) {
        organization.rename(form.name(), form.shortName());
        organization.classify(form.type(), form.agencyKind(), VietnameseText.clean(form.courtLevel()));
        Organization parent = reference(form.parentCode());
        for (Organization ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == organization) {
                throw new DomainRuleViolation("organization.cycle", form.parentCode());
            }
        }
        String provinceCode = VietnameseText.clean(form.provinceCode());
        if (provinceCode != null && !provinces.existsById(provinceCode)) {
            throw new DomainRuleViolation("organization.unknownProvince", provinceCode);
        }
        organization.place(parent, provinceCode);
        Organization successor = reference(form.successorCode());
        if (successor == organization) {
            throw new DomainRuleViolation("organization.cycle", form.successorCode());
        }
        organization.setStatus(form.active() == null || form.active(), successor);
        organization.setSortOrder(form.sortOrder() == null ? 0 : form.sortOrder());
    }

    private Organization reference(String code) {
        String cleaned = VietnameseText.clean(code);
        if (cleaned == null) {
            return null;
        }
        return organizations.findByCode(cleaned)
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", cleaned));
    }

    /** Codes and kinds only: names are text an administrator typed, and the audit log carries none. */
    private static AuditDetails describe(Organization o) {
        return AuditDetails.of().id("organization", o.getId()).kind("type", o.getType())
                .code("parent", o.getParent() == null ? null : o.getParent().getCode())
                .code("province", o.getProvinceCode()).flag("active", o.isActive());
    }
}
