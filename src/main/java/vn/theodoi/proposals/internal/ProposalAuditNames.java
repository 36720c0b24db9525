package vn.theodoi.proposals.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.audit.AuditNames;

/**
 * Proposals on the audit page by their sender's number and symbol and the sender ("Số 15-CV/BCĐ ·
 * BCĐ TP. Đà Nẵng"): that identifies one without telling its subject or answer (the auditor is not
 * cleared for content).
 */
@Component
class ProposalAuditNames implements AuditNames {

    private final NamedParameterJdbcTemplate jdbc;

    ProposalAuditNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> targetNames(String targetType, Collection<String> targetIds) {
        if (!ProposalAccess.AUDIT_TARGET.equals(targetType)) {
            return Map.of();
        }
        List<Long> ids = targetIds.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select p.id, p.reference_number, coalesce(s.short_name, s.name) from proposal p"
                    + " join organization s on s.id = p.sender_organization_id where p.id in (:ids)",
                    new MapSqlParameterSource("ids", ids),
                    rs -> {
                        names.put(String.valueOf(rs.getLong(1)), rs.getString(2) + " · " + rs.getString(3));
                    });
        }
        return names;
    }
}
