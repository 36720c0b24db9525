package vn.theodoi.reports.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.theodoi.reports.DocumentFormat;

/** A review's query string: {@code from}, {@code to} (ISO dates, both included) and {@code format} (docx or pdf). */
record ReviewQuery(@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "(?i)docx|pdf", message = "{report.invalid.format}") String format) {

    /** From the year 2000, the start on or before the end, at most five years. */
    @AssertTrue(message = "{report.invalid.period}")
    public boolean isPeriod() {
        return from == null || to == null
                || from.getYear() >= 2000 && !from.isAfter(to) && ChronoUnit.DAYS.between(from, to) <= 5 * 366;
    }

    DocumentFormat documentFormat() {
        return DocumentFormat.parse(format);
    }
}
