package vn.theodoi.situations.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.audit.AuditNames;

/** Hot spots on the audit page by their province and place (the auditor reads names, not bare ids). */
@Component
class SituationAuditNames implements AuditNames {

    private final NamedParameterJdbcTemplate jdbc;

    SituationAuditNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> targetNames(String targetType, Collection<String> targetIds) {
        Map<String, String> names = new HashMap<>();
        if (!SituationAccess.AUDIT_TARGET.equals(targetType) || targetIds.isEmpty()) {
            return names;
        }
        List<Long> ids = targetIds.stream().filter(t -> t != null && t.matches("\\d{1,18}")).map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("select s.id, p.name, s.occurred_on from situation s join province p on p.code = s.province_code"
                + " where s.id in (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                    names.put(String.valueOf(rs.getLong(1)), "#" + rs.getLong(1) + " · " + rs.getString(2) + " · "
                            + vn.theodoi.shared.web.DateText.format(rs.getObject(3, java.time.LocalDate.class)));
                });
        return names;
    }
}
