package vn.theodoi.imports;

/**
 * One data row of the sheet in the report: its number in the sheet (as Excel shows it), what the dry run found,
 * why a refused row is refused (in the reader's language), and the record or task it updates or, once
 * committed, created.
 */
public record ImportRow(int rowNumber, ImportOutcome outcome, String reasonCode, String reason, String code,
        String title, Long targetId) {
}
