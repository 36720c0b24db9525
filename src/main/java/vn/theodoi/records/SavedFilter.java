package vn.theodoi.records;

/** A list filter a person saved under a name: the list's query string ({@code deadline=OVERDUE&level=1}). */
public record SavedFilter(Long id, String name, String query) {
}
