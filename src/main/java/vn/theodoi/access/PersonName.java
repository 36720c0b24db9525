package vn.theodoi.access;

/**
 * Who a person is on a page: their login, the name people know them by and their organization's short name (for
 * choice lists and names in lists).
 */
public record PersonName(String username, String fullName, String organizationName) {
}
