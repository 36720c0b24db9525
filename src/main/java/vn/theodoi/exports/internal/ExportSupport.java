package vn.theodoi.exports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

import vn.theodoi.exports.InvalidExportRequest;
import vn.theodoi.shared.ProcedureTime;

/**
 * What the list exports share: binding a list's filter from its query string exactly as the list page
 * binds it (the same conversion service, constructor binding of the filter record), the words of the
 * title row, and message lookups in the owner's language.
 */
@Component
class ExportSupport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    private final ConversionService conversions;

    ExportSupport(MessageSource messages, @Qualifier("mvcConversionService") ConversionService conversions) {
        this.messages = messages;
        this.conversions = conversions;
    }

    /** The filter record from the parameters, as the page binds it; a value it cannot read is a 400. */
    <T> T bind(Class<T> type, Map<String, String> params) {
        DataBinder binder = new DataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                return params.get(name);
            }

            @Override
            public Set<String> getNames() {
                return params.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            String field = binder.getBindingResult().getFieldErrors().stream().map(e -> e.getField()).findFirst()
                    .orElse("?");
            throw new InvalidExportRequest("exports.invalid.params", field);
        }
        return type.cast(binder.getTarget());
    }

    String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String msgOrNull(Locale locale, String key) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            return null;
        }
    }

    XlsxSheet.Column column(Locale locale, String kind, String name, XlsxSheet.Type type) {
        return new XlsxSheet.Column(msg(locale, "exports.col." + kind + "." + name), type);
    }

    /**
     * The title row: the list and its filters in words ("Vụ án, vụ việc — Giai đoạn: Điều tra; Tìm kiếm:
     * tham ô"). A filter's label is the list page's ({@code records.filter.stage}) or this module's; a
     * value is named by {@code valueKeys} (the filter's name to the message key prefix of its values).
     */
    String title(Locale locale, String kind, Map<String, String> params, Map<String, String> valueKeys) {
        List<String> words = new ArrayList<>();
        params.forEach((name, value) -> {
            String label = msgOrNull(locale, "exports.filter." + kind + "." + name);
            if (label == null) {
                label = msgOrNull(locale, kind + ".filter." + name);
            }
            String prefix = valueKeys.get(name);
            String shown = prefix == null ? null : msgOrNull(locale, prefix + value);
            if (shown == null && "true".equalsIgnoreCase(value)) {
                shown = msg(locale, "exports.yes");
            }
            words.add((label == null ? name : label) + ": " + (shown == null ? value : shown));
        });
        String list = msg(locale, "exports.list." + kind);
        return msg(locale, "exports.title", list, words.isEmpty() ? msg(locale, "exports.title.noFilter")
                : String.join("; ", words), LocalDate.now(ProcedureTime.VIETNAM));
    }

    /** The download name: the list's short name and today ({@code ho-so-2026-11-28.xlsx}). */
    String fileName(Locale locale, String kind) {
        return msg(locale, "exports.file." + kind) + "-" + LocalDate.now(ProcedureTime.VIETNAM) + ".xlsx";
    }

    /** An instant as Vietnam's wall clock, the way the pages show times. */
    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ProcedureTime.VIETNAM);
    }

    /** An enum value as the pages name it ({@code prefix + name}), or nothing for null. */
    String name(Locale locale, String prefix, Enum<?> value) {
        return value == null ? null : msg(locale, prefix + value.name());
    }
}
