package vn.theodoi.deadline;

import java.util.Arrays;
import java.util.Objects;

/**
 * An event the Criminal Procedure Code does not allow in the record's history (or an event missing a required
 * field). Carries a message key of the {@code i18n/deadline} bundle and its {@link java.text.MessageFormat}
 * arguments, so the web layer translates it; {@link #getMessage()} is for logs only.
 */
public class ProcedureViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;
    private final int eventIndex;

    /**
     * @param key        message key, starting with {@code deadline.}
     * @param eventIndex index of the offending event in the list given to the engine (the new event of
     *                   {@link DeadlineEngine#check} has index {@code existingEvents.size()}); -1 when none
     * @param arguments  message arguments (enum constants, numbers, dates)
     */
    public ProcedureViolation(String key, int eventIndex, Object... arguments) {
        super(key + " " + Arrays.toString(arguments) + (eventIndex >= 0 ? " at event #" + eventIndex : ""));
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments.clone();
        this.eventIndex = eventIndex;
    }

    /** The message key, e.g. {@code deadline.extension.exhausted}. */
    public String getKey() {
        return key;
    }

    /** A copy of the message arguments. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Index of the offending event, or -1. */
    public int getEventIndex() {
        return eventIndex;
    }
}
