package vn.theodoi.organization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/** The organization tree and the provinces: the module's public face. */
@Service
@Transactional(readOnly = true)
public class Organizations {

    static final String AUDIT_TARGET = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final ProvinceRepository provinces;
    private final AuditLog audit;

    Organizations(OrganizationRepository organizations, ProvinceRepository provinces, AuditLog audit) {
        this.organizations = organizations;
        this.provinces = provinces;
        this.audit = audit;
    }

    public List<OrganizationView> all() {
        return organizations.findAllViews();
    }

    public Optional<OrganizationView> byCode(String code) {
        return code == null ? Optional.empty() : organizations.findViewByCode(code);
    }

    public Optional<OrganizationView> byId(Long id) {
        return id == null ? Optional.empty() : organizations.findViewById(id);
    }

    public List<Province> provinces() {
        return provinces.findAllByOrderByCurrentDescSortOrderAscCodeAsc();
    }

    public Optional<Province> province(String code) {
        return code == null ? Optional.empty() : provinces.findById(code);
    }

    /** The organization and every organization below it: a unit's organizational scope. */
    public Set<Long> subtreeOf(Long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrganizationView view : organizations.findAllViews()) {
            if (view.parentId() != null) {
                children.computeIfAbsent(view.parentId(), k -> new java.util.ArrayList<>()).add(view.id());
            }
        }
        Set<Long> subtree = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(rootId));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (subtree.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return subtree;
    }

    @Transactional
    public OrganizationView create(OrganizationForm form) {
        if (organizations.existsByCode(form.code())) {
            throw new DomainRuleViolation("organization.codeTaken", form.code());
        }
        Organization organization = new Organization(form.code(), form.name(), form.type());
        apply(organization, form);
        organizations.saveAndFlush(organization);
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
