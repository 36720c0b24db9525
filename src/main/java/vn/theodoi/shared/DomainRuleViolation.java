package vn.theodoi.shared;

import java.util.Arrays;

/**
 * A request the domain refuses (an extension the law does not allow, a username already taken).
 * Carries a message key and arguments, never prose, so each user reads it in their language.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
