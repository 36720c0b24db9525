package vn.theodoi.access;

import java.util.Set;

/**
 * The part of the organization tree whose records a person may see (phạm vi), before clearance
 * and access lists are applied. Queries turn it into a where-clause; nothing is filtered after loading.
 */
public record Scope(Kind kind, Set<Long> organizationIds, Set<String> provinceCodes) {

    public enum Kind {
        /** Commission leaders: every record. */
        ALL,
        /** Department staff: records owned by these organizations (their department and its units). */
        ORGANIZATIONS,
        /** Agency liaisons: records these agencies handle. */
        AGENCIES,
        /** Provincial officers: records of their province (and of the earlier provinces it succeeded). */
        PROVINCE,
        /** Administrators and auditors: no case content. */
        NONE
    }

    public Scope {
        organizationIds = organizationIds == null ? Set.of() : Set.copyOf(organizationIds);
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
    }

    public static Scope all() {
        return new Scope(Kind.ALL, Set.of(), Set.of());
    }

    public static Scope none() {
        return new Scope(Kind.NONE, Set.of(), Set.of());
    }
}
