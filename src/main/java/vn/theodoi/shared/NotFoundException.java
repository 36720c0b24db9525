package vn.theodoi.shared;

/**
 * The thing asked for does not exist, or the reader may not know it exists: both answer 404 so
 * that a denied reader learns nothing about records outside their clearance or scope.
 */
public class NotFoundException extends DomainRuleViolation {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
