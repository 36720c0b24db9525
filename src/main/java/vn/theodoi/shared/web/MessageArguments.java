package vn.theodoi.shared.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Message arguments in the reader's language: an enum constant (a stage, an event type) is
 * replaced by its label from the bundles, so no code name reaches a person.
 */
public final class MessageArguments {

    /** Where the bundles keep the labels of each enum; others use {@code enum.<SimpleName>.<NAME>}. */
    private static final Map<String, String> PREFIXES = Map.of(
            "EventType", "deadline.label.event.",
            "Stage", "deadline.label.stage.",
            "Severity", "deadline.label.severity.",
            "ReturnedBy", "deadline.label.returnedBy.",
            "CourtLevel", "deadline.label.courtLevel.",
            "RuleVariant", "deadline.label.variant.",
            "PeriodUnit", "deadline.label.unit.",
            "DeadlineStatus", "deadline.label.status.");

    private MessageArguments() {
    }

    /**
     * The arguments with each enum constant replaced by its label's key; Spring's MessageSource
     * resolves such arguments in the reader's language when it renders the message.
     */
    public static Object[] resolvable(Object[] arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof Enum<?> constant) {
                String type = constant.getDeclaringClass().getSimpleName();
                String key = PREFIXES.getOrDefault(type, "enum." + type + ".") + constant.name();
                result[i] = new DefaultMessageSourceResolvable(new String[] {key}, constant.name());
            }
        }
        return result;
    }

    /** The message of a key with its arguments localized. */
    public static String message(MessageSource messages, String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, resolvable(arguments), key, locale);
    }

    /** A domain refusal as a form's global error. */
    public static void reject(org.springframework.validation.Errors errors, vn.theodoi.shared.DomainRuleViolation violation) {
        errors.reject(violation.messageKey(), resolvable(violation.arguments()), violation.messageKey());
    }
}
