package vn.theodoi.notification.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserView;
import vn.theodoi.access.Users;
import vn.theodoi.organization.Organizations;

/** The people who follow work (not administrators or auditors): whom reminders and urges reach. */
@Component
public class People {

    static final Set<Role> WORKING = EnumSet.of(Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST,
            Role.PROVINCIAL_OFFICER, Role.AGENCY_LIAISON);

    private final Users users;
    private final Organizations organizations;

    People(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    /** Every enabled person with a working role, by username. */
    public List<UserView> working() {
        List<UserView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<UserView> batch = users.search(null, PageRequest.of(page, 500, Sort.by("username")));
            batch.forEach(u -> {
                if (u.enabled() && u.roles().stream().anyMatch(WORKING::contains)) {
                    all.add(u);
                }
            });
            if (!batch.hasNext()) {
                return all;
            }
        }
    }

    /** The working people of an organization and of the units below it. */
    public List<UserView> of(Long organizationId) {
        Set<Long> units = organizations.subtreeOf(organizationId);
        return working().stream().filter(u -> organizations.byCode(u.organizationCode())
                .map(o -> units.contains(o.id())).orElse(false)).toList();
    }

    /**
     * The units whose items a person is reminded of: their own organization, and the provincial
     * steering committee whose standing agency they work in (its tasks and records are theirs to
     * follow). Not the units above: a department's tasks are not its Commission leaders' reminders.
     */
    public Set<Long> ownUnits(TheodoiUser person) {
        Set<Long> units = new java.util.HashSet<>(Set.of(person.organizationId()));
        organizations.byId(person.organizationId()).map(o -> o.parentId()).flatMap(organizations::byId)
                .filter(parent -> parent.type() == vn.theodoi.organization.OrganizationType.PROVINCIAL_STEERING_COMMITTEE)
                .ifPresent(parent -> units.add(parent.id()));
        return units;
    }

    public TheodoiUser principal(String username) {
        return users.loadUserByUsername(username);
    }
}
