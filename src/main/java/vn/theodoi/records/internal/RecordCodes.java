package vn.theodoi.records.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.organization.Organizations;
import vn.theodoi.records.NewRecord;
import vn.theodoi.records.RecordForm;
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
            int year = clock.today().getYear();
            return free(numbered(kind, year, ownerOrganizationId, next(ownerOrganizationId, year, 1)));
        }
        return free(code);
    }

    /**
     * As {@link #forNew(String, RecordKind, Long)} for many records at once (an import): each owner's numbers of the
     * year taken in one statement, in the records' order, and every code checked in one query. A code taken, or
     * given twice, refuses its record, named by its place.
     */
    List<String> forNew(List<RecordForm> forms, List<Long> ownerOrganizationIds) {
        int year = clock.today().getYear();
        String[] result = new String[forms.size()];
        Map<Long, List<Integer>> unnumbered = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            result[i] = VietnameseText.clean(forms.get(i).code());
            if (result[i] == null) {
                unnumbered.computeIfAbsent(ownerOrganizationIds.get(i), owner -> new ArrayList<>()).add(i);
            }
        }
        unnumbered.forEach((owner, places) -> {
            int number = next(owner, year, places.size()) - places.size();
            for (int i : places) {
                result[i] = numbered(forms.get(i).kind(), year, owner, ++number);
            }
        });
        List<String> codes = List.of(result);
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            List<String> some = codes.subList(from, Math.min(codes.size(), from + 1000));
            taken.addAll(jdbc.queryForList("select code from oversight_record where code in ("
                    + String.join(",", Collections.nCopies(some.size(), "?")) + ")", String.class, some.toArray()));
        }
        Set<String> given = new HashSet<>();
        for (int i = 0; i < result.length; i++) {
            if (taken.contains(result[i]) || !given.add(result[i])) {
                throw new NewRecord.Refused(i, new DomainRuleViolation("record.codeTaken", result[i]));
            }
        }
        return codes;
    }

    private String numbered(RecordKind kind, int year, Long ownerOrganizationId, int number) {
        String prefix = switch (kind) {
            case CASE -> "VA";
            case MATTER -> "VV";
            case CRIME_REPORT -> "NT";
        };
        String owner = organizations.directory().byId(ownerOrganizationId).orElseThrow().code();
        return String.format("%s-%d-%s-%04d", prefix, year, owner, number);
    }

    /**
     * Takes the owner's next {@code count} numbers of the year and returns the last of them; the counter row stays
     * locked until the records are saved.
     */
    int next(Long owner, int year, int count) {
        if (database.isPostgreSql()) {
            // On PostgreSQL a failed insert aborts the whole transaction, so the first record of the year must not
            // be found by a duplicate key: two people opening one at once got a 500 under load. The upsert waits
            // for the other's row instead and takes the number after it.
            return jdbc.queryForObject("insert into record_code_counter (owner_organization_id, code_year, last_number)"
                    + " values (?, ?, ?) on conflict (owner_organization_id, code_year)"
                    + " do update set last_number = record_code_counter.last_number + ? returning last_number",
                    Integer.class, owner, year, count, count);
        }
        if (jdbc.update("update record_code_counter set last_number = last_number + ? where owner_organization_id = ?"
                + " and code_year = ?", count, owner, year) == 0) {
            try {
                jdbc.update("insert into record_code_counter (owner_organization_id, code_year, last_number)"
                        + " values (?, ?, ?)", owner, year, count);
                return count;
            } catch (DuplicateKeyException firstOfTheYearTakenMeanwhile) {
                jdbc.update("update record_code_counter set last_number = last_number + ?"
                        + " where owner_organization_id = ? and code_year = ?", count, owner, year);
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
