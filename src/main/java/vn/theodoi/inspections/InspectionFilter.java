package vn.theodoi.inspections;

/**
 * The inspection list's filters, as the page and the API bind them from the query string; null
 * means "any". {@code target} is the target organization's code; {@code q} is searched without diacritics.
 */
public record InspectionFilter(InspectionStatus status, InspectionKind kind, String target, String q) {

    public static InspectionFilter none() {
        return new InspectionFilter(null, null, null, null);
    }
}
