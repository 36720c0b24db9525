package vn.theodoi.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one person may see (DOMAIN.md section 9), as the one policy every module applies, in SQL
 * for lists and counts and in memory for one item. An item is visible when all of these hold:
 * the person's clearance is at least the item's classification (mức độ mật); the item is within
 * their organizational scope (phạm vi: their department, their province, their agency, or
 * everything for the Commission's leaders); and a classified item names them on its access list
 * (danh sách được tiếp cận) or belongs to a unit they lead.
 */
public final class Visibility {

    /** Roles that create records and change what they hold. */
    private static final Set<Role> EDITORS = EnumSet.of(Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST,
            Role.PROVINCIAL_OFFICER);

    private final String username;
    private final Set<Role> roles;
    private final Clearance clearance;
    private final Scope scope;
    private final Set<Long> ledUnitIds;

    Visibility(String username, Set<Role> roles, Clearance clearance, Scope scope, Set<Long> ledUnitIds) {
        this.username = username;
        this.roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.clearance = clearance;
        this.scope = scope;
        this.ledUnitIds = Set.copyOf(ledUnitIds);
    }

    /** The policy of a person whose scope is known; department heads lead the units of their scope. */
    static Visibility of(TheodoiUser user, Scope scope) {
        Set<Long> led = user.has(Role.DEPARTMENT_HEAD) && scope.kind() == Scope.Kind.ORGANIZATIONS
                ? scope.organizationIds() : Set.of();
        return new Visibility(user.getUsername(), user.roles(), user.clearance(), scope, led);
    }

    public String username() { return username; }
    public Set<Role> roles() { return roles; }
    public Clearance clearance() { return clearance; }
    public Scope scope() { return scope; }

    /** Commission leaders read classified items of every unit without being on the access list. */
    public boolean leadsEverything() {
        return roles.contains(Role.LEADER);
    }

    /**
     * The classifications this person may read when clearance alone decides what they see (every unit's items,
     * classified ones without the access list: the Commission's leaders), else empty. Counts for such a reader
     * may come from tallies kept by classification instead of from the items.
     */
    public Optional<List<String>> classificationsSeenByClearanceAlone() {
        if (scope.kind() != Scope.Kind.ALL || !leadsEverything()) {
            return Optional.empty();
        }
        return Optional.of(permittedClassifications());
    }

    private List<String> permittedClassifications() {
        return Arrays.stream(Clearance.values()).filter(clearance::permits).map(Enum::name).toList();
    }

    /** May create items and change what they hold (within what they see). */
    public boolean edits() {
        return edits(roles);
    }

    /** May report progress (procedure events, notes): editors, and agency liaisons on their agency's items. */
    public boolean reportsProgress() {
        return reportsProgress(roles);
    }

    // Role-only rules: answering them needs no scope, hence no read of the organization tree.
    public static boolean edits(Set<Role> roles) {
        return roles.stream().anyMatch(EDITORS::contains);
    }

    public static boolean reportsProgress(Set<Role> roles) {
        return edits(roles) || roles.contains(Role.AGENCY_LIAISON);
    }

    /**
     * The facts section 9 looks at, of one item held in memory. {@code ownerProvinceCode} is the
     * province whose steering committee or standing agency owns the item, null when a central unit does.
     */
    public record Item(Clearance classification, Long ownerUnitId, String ownerProvinceCode, Set<String> provinceCodes,
            Set<Long> agencyIds, Set<String> readers, Set<Long> sharingUnitIds) {

        public Item {
            provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
            agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
            readers = readers == null ? Set.of() : Set.copyOf(readers);
            sharingUnitIds = sharingUnitIds == null ? Set.of() : Set.copyOf(sharingUnitIds);
        }

        /** An item no other unit shares. */
        public Item(Clearance classification, Long ownerUnitId, String ownerProvinceCode, Set<String> provinceCodes,
                Set<Long> agencyIds, Set<String> readers) {
            this(classification, ownerUnitId, ownerProvinceCode, provinceCodes, agencyIds, readers, Set.of());
        }
    }

    public boolean permits(Item item) {
        if (!clearance.permits(item.classification())) {
            return false;
        }
        boolean inScope = switch (scope.kind()) {
            case ALL -> true;
            case ORGANIZATIONS -> scope.organizationIds().contains(item.ownerUnitId())
                    || item.sharingUnitIds().stream().anyMatch(scope.organizationIds()::contains);
            case AGENCIES -> item.agencyIds().stream().anyMatch(scope.organizationIds()::contains);
            case PROVINCE -> item.provinceCodes().stream().anyMatch(scope.provinceCodes()::contains);
            case NONE -> false;
        };
        return inScope && (leadsEverything() || !item.classification().isClassified()
                || item.readers().contains(username) || ledUnitIds.contains(item.ownerUnitId()));
    }

    /**
     * May change what describes a visible item, its level, classification, owner and access list
     * (write rights by ownership): leaders; the owning department's staff; the owning province's
     * officers for items their province owns. Seeing an item in one's province is not owning it.
     */
    public boolean describes(Item item) {
        if (!edits() || !permits(item)) {
            return false;
        }
        return roles.contains(Role.LEADER)
                || (roles.contains(Role.DEPARTMENT_HEAD) || roles.contains(Role.SPECIALIST))
                        && scope.kind() == Scope.Kind.ORGANIZATIONS && scope.organizationIds().contains(item.ownerUnitId())
                || roles.contains(Role.PROVINCIAL_OFFICER) && scope.kind() == Scope.Kind.PROVINCE
                        && item.ownerProvinceCode() != null && scope.provinceCodes().contains(item.ownerProvinceCode());
    }

    /**
     * Where a module's table keeps those facts: the classification and owning-unit columns of the
     * item's row, and the tables that list its provinces, agencies and named readers (any may be
     * null when the module has none: a scope built on it then sees nothing). {@code sharingUnits},
     * optional, lists further units whose staff see the item as if they owned it (a task's
     * coordinating departments); they do not lead it, so a classified item still needs the access list.
     */
    public record Columns(String id, String classification, String ownerUnit, Membership provinces,
            Membership agencies, Membership readers, Membership sharingUnits) {

        /** Columns of an item that only its owning unit holds. */
        public Columns(String id, String classification, String ownerUnit, Membership provinces,
                Membership agencies, Membership readers) {
            this(id, classification, ownerUnit, provinces, agencies, readers, null);
        }
    }

    /**
     * A table listing one fact of an item per row: {@code table(itemColumn, valueColumn)}. Where the item's row
     * also keeps the same facts as a varchar array ({@code arrayColumn}, PostgreSQL only), the check reads that
     * array through its GIN index instead of probing the table once per row.
     */
    public record Membership(String table, String itemColumn, String valueColumn, String arrayColumn) {

        public Membership(String table, String itemColumn, String valueColumn) {
            this(table, itemColumn, valueColumn, null);
        }

        /** The same facts, checked in the row's array {@code column} (kept equal to the table by its writer). */
        public Membership inArray(String column) {
            return new Membership(table, itemColumn, valueColumn, column);
        }

        String exists(String alias, String itemId, String parameter) {
            if (arrayColumn != null) {
                return arrayColumn + " && cast(array[:" + parameter + "] as varchar[])";
            }
            return "exists (select 1 from " + table + " " + alias + " where " + alias + "." + itemColumn + " = " + itemId
                    + " and " + alias + "." + valueColumn + " in (:" + parameter + "))";
        }

        String existsEqual(String alias, String itemId, String parameter) {
            return "exists (select 1 from " + table + " " + alias + " where " + alias + "." + itemColumn + " = " + itemId
                    + " and " + alias + "." + valueColumn + " = :" + parameter + ")";
        }
    }

    /**
     * One fact an item shows to the policy: its classification, its owning unit, one of its provinces, agencies,
     * named readers or sharing units. A search index that keeps these facts with each item applies the policy as
     * {@link #clauses()}.
     */
    public record Fact(Kind kind, String value) {

        public enum Kind { CLASSIFICATION, OWNER_UNIT, PROVINCE, AGENCY, READER, SHARING_UNIT }

        /** The facts of one item held in memory. */
        public static Set<Fact> of(Item item) {
            Set<Fact> facts = new HashSet<>();
            facts.add(new Fact(Kind.CLASSIFICATION, item.classification().name()));
            if (item.ownerUnitId() != null) {
                facts.add(new Fact(Kind.OWNER_UNIT, item.ownerUnitId().toString()));
            }
            item.provinceCodes().forEach(p -> facts.add(new Fact(Kind.PROVINCE, p)));
            item.agencyIds().forEach(a -> facts.add(new Fact(Kind.AGENCY, a.toString())));
            item.readers().forEach(r -> facts.add(new Fact(Kind.READER, r)));
            item.sharingUnitIds().forEach(u -> facts.add(new Fact(Kind.SHARING_UNIT, u.toString())));
            return facts;
        }
    }

    /**
     * The policy as the facts an item must show, the same rule as {@link #condition}: every clause holds, and a
     * clause holds when the item shows one of its facts (an empty clause never holds). For an index that keeps
     * each item's facts as terms, where a where-clause is not possible.
     */
    public List<Set<Fact>> clauses() {
        List<Set<Fact>> clauses = new ArrayList<>();
        List<String> levels = permittedClassifications();
        if (levels.size() < Clearance.values().length) {
            clauses.add(facts(Fact.Kind.CLASSIFICATION, levels)); // every item has one of them all: no clause
        }
        List<String> units = scope.organizationIds().stream().map(String::valueOf).toList();
        switch (scope.kind()) {
            case ALL -> { }
            case ORGANIZATIONS -> {
                Set<Fact> ownedOrShared = new HashSet<>(facts(Fact.Kind.OWNER_UNIT, units));
                ownedOrShared.addAll(facts(Fact.Kind.SHARING_UNIT, units));
                clauses.add(ownedOrShared);
            }
            case AGENCIES -> clauses.add(facts(Fact.Kind.AGENCY, units));
            case PROVINCE -> clauses.add(facts(Fact.Kind.PROVINCE, scope.provinceCodes()));
            case NONE -> clauses.add(Set.of());
        }
        if (!leadsEverything()) {
            Set<Fact> unclassifiedOrNamed = new HashSet<>();
            unclassifiedOrNamed.add(new Fact(Fact.Kind.CLASSIFICATION, Clearance.UNCLASSIFIED.name()));
            unclassifiedOrNamed.add(new Fact(Fact.Kind.READER, username));
            unclassifiedOrNamed.addAll(facts(Fact.Kind.OWNER_UNIT, ledUnitIds.stream().map(String::valueOf).toList()));
            clauses.add(unclassifiedOrNamed);
        }
        return clauses;
    }

    private static Set<Fact> facts(Fact.Kind kind, Collection<String> values) {
        Set<Fact> facts = new HashSet<>();
        values.forEach(v -> facts.add(new Fact(kind, v)));
        return facts;
    }

    /** A where-clause fragment with its named parameters (prefixed {@code vis_}, so callers add their own freely). */
    public record Condition(String sql, Map<String, Object> parameters) {
    }

    /** The policy as SQL for the item rows of {@code columns}; nothing is filtered after loading. */
    public Condition condition(Columns columns) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> levels = permittedClassifications();
        sql.append(columns.classification()).append(" in (:vis_levels)");
        params.put("vis_levels", levels);
        String inScope = inScope(columns);
        if (inScope != null) {
            sql.append(" and ").append(inScope);
            params.put("vis_scope", List.copyOf(scope.organizationIds()));
            params.put("vis_provinces", List.copyOf(scope.provinceCodes()));
        }
        if (!leadsEverything()) {
            sql.append(" and (").append(columns.classification()).append(" = 'UNCLASSIFIED'");
            if (columns.readers() != null) {
                sql.append(" or ").append(columns.readers().existsEqual("vis_r", columns.id(), "vis_reader"));
                params.put("vis_reader", username);
            }
            if (!ledUnitIds.isEmpty()) {
                sql.append(" or ").append(columns.ownerUnit()).append(" in (:vis_led)");
                params.put("vis_led", List.copyOf(ledUnitIds));
            }
            sql.append(")");
        }
        return new Condition(sql.toString(), params);
    }

    /**
     * The organizational scope alone, without clearance and access lists: every item a report over this
     * person's scope draws on, seen or not, so a report can refuse to summarize what its reader may not see.
     */
    public Condition scopeCondition(Columns columns) {
        String inScope = inScope(columns);
        Map<String, Object> params = new LinkedHashMap<>();
        if (inScope == null) {
            return new Condition("1 = 1", params);
        }
        params.put("vis_scope", List.copyOf(scope.organizationIds()));
        params.put("vis_provinces", List.copyOf(scope.provinceCodes()));
        return new Condition(inScope, params);
    }

    private String inScope(Columns columns) {
        return switch (scope.kind()) {
            case ALL -> null;
            case ORGANIZATIONS -> scope.organizationIds().isEmpty() ? "1 = 0"
                    : columns.sharingUnits() == null ? columns.ownerUnit() + " in (:vis_scope)"
                    : "(" + columns.ownerUnit() + " in (:vis_scope) or "
                            + columns.sharingUnits().exists("vis_u", columns.id(), "vis_scope") + ")";
            case AGENCIES -> scope.organizationIds().isEmpty() || columns.agencies() == null ? "1 = 0"
                    : columns.agencies().exists("vis_a", columns.id(), "vis_scope");
            case PROVINCE -> scope.provinceCodes().isEmpty() || columns.provinces() == null ? "1 = 0"
                    : columns.provinces().exists("vis_p", columns.id(), "vis_provinces");
            case NONE -> "1 = 0";
        };
    }

    /** The policy for the item rows of {@code columns}, as the first condition of a where-clause to narrow. */
    public Where where(Columns columns) {
        Condition visible = condition(columns);
        Where where = new Where().and(visible.sql());
        visible.parameters().forEach(where::param);
        return where;
    }

    @Override
    public String toString() {
        return "Visibility[" + username + " " + roles + " " + clearance + " " + scope.kind() + "]";
    }
}
