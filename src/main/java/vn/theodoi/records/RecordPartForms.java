package vn.theodoi.records;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/** Inputs for the parts of a record. */
public final class RecordPartForms {

    /** One amount at most: 10 million billion đồng (10^16), far beyond any case; totals are checked too. */
    public static final long MAX_AMOUNT_VND = 10_000_000_000_000_000L;

    private RecordPartForms() {
    }

    /**
     * A person of a record with their own procedural dates, each optional, each a fact (not after today, not
     * before 1975), in the order of the procedure: charged ≤ indicted ≤ tried at first instance ≤ tried on appeal
     * (checked by the record, which refuses a date before an earlier step's).
     */
    public record PersonForm(
            @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.maxLength}") String fullName,
            @NotNull(message = "{validation.required}") ProceduralRole proceduralRole,
            @Size(max = 255, message = "{validation.maxLength}") String position,
            @Size(max = 255, message = "{validation.maxLength}") String organizationName,
            Boolean partyMember,
            Boolean centralCadre,
            /** Ngày khởi tố bị can: the day this person was charged. */
            @PlausibleDate LocalDate chargedOn,
            /** Ngày truy tố: the day this person was indicted. */
            @PlausibleDate LocalDate indictedOn,
            /** Ngày xét xử sơ thẩm: the day the first-instance court tried this person (judgment pronounced). */
            @PlausibleDate LocalDate triedFirstInstanceOn,
            /** Ngày xét xử phúc thẩm: the day the appeal court tried this person (judgment pronounced). */
            @PlausibleDate LocalDate triedAppealOn,
            /** The version the editor started from; on changes only. */
            Long version) {
    }

    public record MoneyForm(
            @NotNull(message = "{validation.required}") MoneyKind kind,
            @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positive}")
            @Max(value = MAX_AMOUNT_VND, message = "{validation.money.max}") Long amountVnd,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate asOf,
            @Size(max = 1000, message = "{validation.maxLength}") String note) {
    }

    public record MilestoneForm(
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.maxLength}") String description,
            @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 10) LocalDate targetDate,
            @Size(max = 255, message = "{validation.maxLength}") String directedBy) {
    }

    public record ObstacleForm(
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String description,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate raisedOn) {
    }

    public record ResolutionForm(
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String resolution,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate resolvedOn,
            Long version) {
    }

    public record AchievementForm(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate achievedOn,
            Long version) {
    }

    public record NoteForm(
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.maxLength}") String body) {
    }

    public record LevelForm(
            @Min(value = 1, message = "{validation.record.level}") @Max(value = 3, message = "{validation.record.level}")
            Integer oversightLevel,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate decidedOn,
            @Size(max = 255, message = "{validation.maxLength}") String decisionRef,
            @Size(max = 1000, message = "{validation.maxLength}") String note) {
    }

    public record ConversionForm(
            @NotNull(message = "{validation.required}") RecordKind toKind,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate changedOn,
            @Size(max = 1000, message = "{validation.maxLength}") String note) {
    }

    public record SplitForm(
            @Size(max = 40, message = "{validation.maxLength}")
            @Pattern(regexp = RecordForm.CODE, message = "{validation.record.code}") String code,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.maxLength}") String title,
            @Size(max = 8000, message = "{validation.maxLength}") String summary,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate splitOn) {
    }

    public record CorrectionForm(
            @NotNull(message = "{validation.required}") @jakarta.validation.Valid EventInput event,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.maxLength}") String reason) {
    }
}
