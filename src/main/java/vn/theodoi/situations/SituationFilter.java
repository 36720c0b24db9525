package vn.theodoi.situations;

import java.time.LocalDate;

/**
 * The feed's filters, as the page and the API bind them from the query string; null means "any".
 * {@code province} is a province code; {@code from}..{@code to} bound the day it occurred; {@code q}
 * is searched without diacritics. The map uses all of them but the status (it counts what is open).
 */
public record SituationFilter(String province, SituationType type, SituationStatus status, Integer severity,
        LocalDate from, LocalDate to, String q) {

    public static SituationFilter none() {
        return new SituationFilter(null, null, null, null, null, null, null);
    }

    /** The same filter for one province (a tile of the map). */
    public SituationFilter inProvince(String code) {
        return new SituationFilter(code, type, status, severity, from, to, q);
    }
}
