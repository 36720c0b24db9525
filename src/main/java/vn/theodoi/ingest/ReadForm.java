package vn.theodoi.ingest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/**
 * A text to read. {@code sourceName}: where it comes from (a file name, a document's number), optional;
 * {@code readOn}: the day it is read, which gives dates written without a year their year (today if omitted).
 */
public record ReadForm(
        @NotBlank(message = "{validation.required}") @Size(max = ReadForm.MAX_LENGTH, message = "{validation.maxLength}") String text,
        @Size(max = 255, message = "{validation.maxLength}") String sourceName,
        @PlausibleDate(yearsAhead = 1) LocalDate readOn) {

    /** The longest text read at once, in characters (a long conclusion is about 20,000). */
    public static final int MAX_LENGTH = 100_000;
}
