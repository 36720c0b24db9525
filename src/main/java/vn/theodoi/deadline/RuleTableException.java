package vn.theodoi.deadline;

/**
 * The rule table is malformed (a CSV line that cannot be read) or incomplete (no row for a stage the engine
 * needs). The message names the line; {@link #getKey()} and {@link #getArguments()} let the admin screen
 * translate it.
 */
public class RuleTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final int lineNumber;
    private final transient Object[] arguments;

    public RuleTableException(String key, int lineNumber, String detail, Object... arguments) {
        super((lineNumber > 0 ? "Rule table line " + lineNumber + ": " : "Rule table: ") + detail);
        this.key = key;
        this.lineNumber = lineNumber;
        this.arguments = arguments.clone();
    }

    /** Message key, e.g. {@code deadline.rules.malformed}. */
    public String getKey() {
        return key;
    }

    /** 1-based line of the CSV text, or 0 when the problem is not tied to a line. */
    public int getLineNumber() {
        return lineNumber;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
