package vn.theodoi.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;

/**
 * How page forms read what people type, on the server, so a form works the same with or without
 * JavaScript: dates as {@code dd/mm/yyyy} ({@link DateText}) and amounts of money with dots between
 * thousands ({@link MoneyText}). Page controllers call it from their {@code @InitBinder}; the API
 * keeps its JSON and ISO formats.
 */
public final class FormBinding {

    private FormBinding() {
    }

    /** Registers the date editor for every date field and the money editor for the given amount fields. */
    public static void register(WebDataBinder binder, String... moneyFields) {
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
        for (String field : moneyFields) {
            binder.registerCustomEditor(Long.class, field, new MoneyEditor());
        }
    }

    static final class DateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(DateText.parse(text));
        }

        @Override
        public String getAsText() {
            return DateText.format((LocalDate) getValue());
        }
    }

    static final class MoneyEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(MoneyText.parse(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : MoneyText.format((Long) getValue());
        }
    }
}
