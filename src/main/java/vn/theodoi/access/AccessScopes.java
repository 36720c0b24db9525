package vn.theodoi.access;

import java.util.Set;

import org.springframework.stereotype.Service;

import vn.theodoi.organization.Organizations;

/**
 * DOMAIN.md section 9 as code: the organizational scope of each role. The broadest role a person
 * holds decides.
 */
@Service
public class AccessScopes {

    private final Organizations organizations;

    AccessScopes(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The visibility policy of this person: what they may see, in SQL and in memory. */
    public Visibility visibility(TheodoiUser user) {
        return Visibility.of(user, of(user));
    }

    public Scope of(TheodoiUser user) {
        // Administrators see no case content, whatever else an old account may hold.
        if (user.has(Role.ADMIN)) {
            return Scope.none();
        }
        if (user.has(Role.LEADER)) {
            return Scope.all();
        }
        if (user.has(Role.DEPARTMENT_HEAD) || user.has(Role.SPECIALIST)) {
            return new Scope(Scope.Kind.ORGANIZATIONS, organizations.subtreeOf(user.organizationId()), Set.of());
        }
        if (user.has(Role.PROVINCIAL_OFFICER) && user.provinceCode() != null) {
            return new Scope(Scope.Kind.PROVINCE, Set.of(),
                    organizations.directory().provinceAndPredecessors(user.provinceCode()));
        }
        if (user.has(Role.AGENCY_LIAISON)) {
            return new Scope(Scope.Kind.AGENCIES, organizations.subtreeOf(user.organizationId()), Set.of());
        }
        return Scope.none();
    }
}
