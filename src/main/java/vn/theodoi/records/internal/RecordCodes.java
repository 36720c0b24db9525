package vn.theodoi.records.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.records.RecordKind;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.timelimits.ProcedureClock;

/** Record codes: typed by a person (and then unique), or numbered (VA-2026-000001, VV-..., NT-...). */
@Component
class RecordCodes {

    private final OversightRecords records;
    private final ProcedureClock clock;

    RecordCodes(OversightRecords records, ProcedureClock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** The typed code if it is free, else a refusal; a numbered one when none is typed. */
    String forNew(String typed, RecordKind kind) {
        String code = VietnameseText.clean(typed);
        if (code == null) {
            String prefix = switch (kind) {
                case CASE -> "VA";
                case MATTER -> "VV";
                case CRIME_REPORT -> "NT";
            };
            return String.format("%s-%d-%06d", prefix, clock.today().getYear(), records.nextCodeNumber());
        }
        return free(code);
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
