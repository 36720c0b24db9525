package vn.theodoi.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.theodoi.audit.AuditNames;

/** Organizations by their names on the audit page. */
@Component
class OrganizationAuditNames implements AuditNames {

    private final Organizations organizations;

    OrganizationAuditNames(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    public Map<String, String> targetNames(String targetType, Collection<String> targetIds) {
        Map<String, String> names = new HashMap<>();
        if (Organizations.AUDIT_TARGET.equals(targetType)) {
            OrganizationDirectory directory = organizations.directory();
            targetIds.forEach(code -> directory.byCode(code).ifPresent(o -> names.put(code, o.name())));
        }
        return names;
    }
}
