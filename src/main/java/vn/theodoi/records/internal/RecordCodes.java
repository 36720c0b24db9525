package vn.theodoi.records.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.organization.Organizations;
import vn.theodoi.records.RecordKind;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.PrimaryDatabase;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * Record codes: typed by a person (and then unique), or numbered per owning organization and year
 * (VA-2026-BNCTW-0012, VV-..., NT-...), so a code tells nothing of how many records others hold.
 */
@Component
class RecordCodes {

    private final OversightRecords records;
    private final ProcedureClock clock;
    private final Organizations organizations;
    private final JdbcTemplate jdbc;
    private final PrimaryDatabase database;

    RecordCodes(OversightRecords records, ProcedureClock clock, Organizations organizations, JdbcTemplate jdbc,
            PrimaryDatabase database) {
        this.records = records;
        this.clock = clock;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.database = database;
    }

    /** The typed code if it is free, else a refusal; the owner's next number of the year when none is typed. */
    String forNew(String typed, RecordKind kind, Long ownerOrganizationId) {
        String code = VietnameseText.clean(typed);
        if (code == null) {
            String prefix = switch (kind) {
                case CASE -> "VA";
                case MATTER -> "VV";
                case CRIME_REPORT -> "NT";
            };
            int year = clock.today().getYear();
            String owner = organizations.directory().byId(ownerOrganizationId).orElseThrow().code();
            return free(String.format("%s-%d-%s-%04d", prefix, year, owner, next(ownerOrganizationId, year)));
        }
        return free(code);
    }

    /** The owner's next number of the year; the counter row stays locked until the record is saved. */
    int next(Long owner, int year) {
        if (database.isPostgreSql()) {
            // On PostgreSQL a failed insert aborts the whole transaction, so the first record of the year must not
            // be found by a duplicate key: two people opening one at once got a 500 under load. The upsert waits
            // for the other's row instead and takes the number after it.
            return jdbc.queryForObject("insert into record_code_counter (owner_organization_id, code_year, last_number)"
                    + " values (?, ?, 1) on conflict (owner_organization_id, code_year)"
                    + " do update set last_number = record_code_counter.last_number + 1 returning last_number",
                    Integer.class, owner, year);
        }
        if (jdbc.update("update record_code_counter set last_number = last_number + 1 where owner_organization_id = ?"
                + " and code_year = ?", owner, year) == 0) {
            try {
                jdbc.update("insert into record_code_counter (owner_organization_id, code_year, last_number)"
                        + " values (?, ?, 1)", owner, year);
                return 1;
            } catch (DuplicateKeyException firstOfTheYearTakenMeanwhile) {
                jdbc.update("update record_code_counter set last_number = last_number + 1"
                        + " where owner_organization_id = ? and code_year = ?", owner, year);
            }
        }
        return jdbc.queryForObject("select last_number from record_code_counter where owner_organization_id = ?"
                + " and code_year = ?", Integer.class, owner, year);
    }

    /** Phase II and later of a split record: the parent's code and the phase ("VA-2026-000012/2"). */
    String forChild(String typed, OversightRecord parent) {
        String code = VietnameseText.clean(typed);
        return free(code != null ? code : parent.getCode() + "/" + (records.countChildren(parent.getId()) + 2));
    }

    private String free(String code) {
        if (records.existsByCode(code)) {
            throw new DomainRuleViolation("record.codeTaken", code);
        }
        return code;
    }
}
