package vn.theodoi.records.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.audit.AuditNames;

/**
 * Records by their codes on the audit page: a code identifies a record without telling anything
 * of the case (the auditor is not cleared for titles or content).
 */
@Component
class RecordAuditNames implements AuditNames {

    private final NamedParameterJdbcTemplate jdbc;

    RecordAuditNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> targetNames(String targetType, Collection<String> targetIds) {
        if (!RecordAccess.AUDIT_TARGET.equals(targetType)) {
            return Map.of();
        }
        List<Long> ids = targetIds.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, code from oversight_record where id in (:ids)", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        codes.put(String.valueOf(rs.getLong(1)), rs.getString(2));
                    });
        }
        return codes;
    }
}
