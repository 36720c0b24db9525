package vn.theodoi.reports.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import vn.theodoi.reports.DocumentFormat;

/** A "since session N" report's query string: the session's {@code number} and {@code format} (docx or pdf). */
record SinceSessionQuery(
        @NotNull(message = "{validation.required}") @Positive(message = "{report.invalid.session}") Integer number,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "(?i)docx|pdf", message = "{report.invalid.format}") String format) {

    DocumentFormat documentFormat() {
        return DocumentFormat.parse(format);
    }
}
