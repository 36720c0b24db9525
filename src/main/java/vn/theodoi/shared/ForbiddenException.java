package vn.theodoi.shared;

/** The person's role does not allow this change (403), though they may see what it concerns. */
public class ForbiddenException extends DomainRuleViolation {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
