package vn.theodoi.inspections;

import java.time.LocalDate;

/**
 * The inspection list's filters, as the page and the API bind them from the query string; null
 * means "any". {@code target} is the target organization's code; {@code q} is searched without diacritics.
 * {@code concludedFrom}..{@code concludedTo} bound the day concluded; {@code activeOn} keeps those under way
 * that day (started on or before it, not concluded by then), as a report's figures count them.
 */
public record InspectionFilter(InspectionStatus status, InspectionKind kind, String target, String q,
        LocalDate concludedFrom, LocalDate concludedTo, LocalDate activeOn) {

    public static InspectionFilter none() {
        return new InspectionFilter(null, null, null, null, null, null, null);
    }
}
