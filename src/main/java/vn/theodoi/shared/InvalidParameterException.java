package vn.theodoi.shared;

/** A request parameter that cannot be read, such as a page cursor made for another order (400). */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;

    public InvalidParameterException(String parameter, String messageKey) {
        super("invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }
}
