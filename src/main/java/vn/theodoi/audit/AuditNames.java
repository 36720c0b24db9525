package vn.theodoi.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names for what audit lines point to, given by the modules that own those things, so that the
 * auditor reads "Lê Minh Lãnh", "Hồ sơ VA-2026-BNCTW-0012" and "Ban Nội chính Thành ủy Đà Nẵng",
 * not logins and bare ids. The log itself keeps ids; audit depends on no module for the names.
 */
public interface AuditNames {

    /** Display names, by id, of the targets of this type this module knows; nothing for other types. */
    Map<String, String> targetNames(String targetType, Collection<String> targetIds);

    /** Full names, by username, of the people this module knows. */
    default Map<String, String> personNames(Collection<String> usernames) {
        return Map.of();
    }
}
