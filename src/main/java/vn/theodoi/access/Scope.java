package vn.theodoi.access;

import java.util.Set;

/**
 * The part of the organization tree whose records a person may see (phạm vi), before clearance
 * and access lists are applied. Queries turn it into a where-clause; nothing is filtered after loading.
 */
public record Scope(Kind kind, Set<Long> organizationIds, String provinceCode) {

    public enum Kind {
        /** Commission leaders: every record. */
        ALL,
        /** Departments and agencies: records owned by (or, for agencies, handled by) these organizations. */
        ORGANIZATIONS,
        /** Provincial officers: records of their province. */
        PROVINCE,
        /** Administrators and auditors: no case content. */
        NONE
    }

    public Scope {
        organizationIds = organizationIds == null ? Set.of() : Set.copyOf(organizationIds);
    }

    public static Scope all() {
        return new Scope(Kind.ALL, Set.of(), null);
    }

    public static Scope none() {
        return new Scope(Kind.NONE, Set.of(), null);
    }
}
