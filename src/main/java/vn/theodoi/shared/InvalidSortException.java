package vn.theodoi.shared;

import java.util.List;

/** A list asked to be sorted by a property that is not offered for sorting (400). */
public class InvalidSortException extends RuntimeException {

    private final String property;
    private final List<String> allowed;

    public InvalidSortException(String property, List<String> allowed) {
        super("unknown sort property");
        this.property = property;
        this.allowed = List.copyOf(allowed);
    }

    public String property() {
        return property;
    }

    public List<String> allowed() {
        return allowed;
    }
}
