package vn.theodoi.records.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the record page needs to show a form again after a refusal: which dialog was being filled in, what was
 * typed (as typed), the message under each field and the messages of the whole form. Carried across the
 * redirect as flash attributes, so a refused form comes back open, filled in, with its errors beside it.
 */
public record FormState(String dialog, Map<String, String> values, Map<String, String> fieldErrors,
        List<String> problems) {

    static final FormState NONE = new FormState(null, Map.of(), Map.of(), List.of());

    /** Whether this dialog opens with the page. */
    public boolean isOpen(String name) {
        return Objects.equals(dialog, name);
    }

    /** What was typed in this dialog's field, or the default when the dialog comes fresh. */
    public Object value(String name, String field, Object fallback) {
        return isOpen(name) && values.containsKey(field) ? values.get(field) : fallback;
    }

    /** Whether a checkbox or option was chosen in this dialog, or the default when the dialog comes fresh. */
    public boolean chosen(String name, String field, String value, boolean fallback) {
        if (!isOpen(name) || values.isEmpty()) {
            return fallback;
        }
        String typed = values.get(field);
        return typed != null && List.of(typed.split(",")).contains(value);
    }

    /** The message under a field of this dialog, or null. */
    public String error(String name, String field) {
        return isOpen(name) ? fieldErrors.get(field) : null;
    }

    /** The messages of the whole form of this dialog. */
    public List<String> problems(String name) {
        return isOpen(name) ? problems : List.of();
    }
}
