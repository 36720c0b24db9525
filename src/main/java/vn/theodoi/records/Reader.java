package vn.theodoi.records;

import java.util.EnumSet;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.Scope;
import vn.theodoi.access.TheodoiUser;

/**
 * Who is reading, with what DOMAIN.md section 9 needs: clearance, scope, and the units they lead
 * (leaders read classified records of the units they lead without being on the access list).
 */
record Reader(String username, Set<Role> roles, Clearance clearance, Scope scope, Long organizationId,
        Set<Long> ledOrganizationIds) {

    static final Set<Role> WRITERS = EnumSet.of(Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST,
            Role.PROVINCIAL_OFFICER);

    static Reader of(TheodoiUser user, Scope scope) {
        Set<Long> led = user.has(Role.DEPARTMENT_HEAD) ? scope.organizationIds() : Set.of();
        return new Reader(user.getUsername(), user.roles(), user.clearance(), scope, user.organizationId(), led);
    }

    boolean leadsEverything() {
        return roles.contains(Role.LEADER);
    }

    /** May create records and change what they hold (not only report progress). */
    boolean edits() {
        return edits(roles);
    }

    /** May add procedure events: editors, and agency liaisons on the records their agency handles. */
    boolean reportsProgress() {
        return reportsProgress(roles);
    }

    // Role-only rules: answering them needs no scope, hence no read of the organization tree.
    static boolean edits(Set<Role> roles) {
        return roles.stream().anyMatch(WRITERS::contains);
    }

    static boolean reportsProgress(Set<Role> roles) {
        return edits(roles) || roles.contains(Role.AGENCY_LIAISON);
    }
}
