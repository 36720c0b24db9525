package vn.theodoi.access;

/** Who a person is on a page: their login and the name people know them by (for choice lists and names in lists). */
public record PersonName(String username, String fullName) {
}
