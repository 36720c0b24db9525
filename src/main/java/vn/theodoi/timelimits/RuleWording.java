package vn.theodoi.timelimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.theodoi.deadline.ExtensionLimit;
import vn.theodoi.deadline.LimitPeriod;
import vn.theodoi.deadline.PeriodUnit;

/**
 * A row of the time-limit table in words, as a person reads the Code: "4 tháng, gia hạn tối đa 4 lần, mỗi lần
 * không quá 4 tháng" rather than "4M;4M,4M,4M,4M". The table's notation stays the data; this only reads it.
 */
public final class RuleWording {

    private RuleWording() {
    }

    /** "20 ngày", "4 tháng" ("20 days", "4 months"). */
    public static String period(LimitPeriod period, MessageSource messages, Locale locale) {
        String unit = messages.getMessage(period.unit() == PeriodUnit.DAYS ? "rules.words.days" : "rules.words.months",
                new Object[] {period.amount()}, locale);
        return unit;
    }

    /** The base period and the extensions allowed, in one sentence. */
    public static String rule(LimitPeriod base, List<ExtensionLimit> extensions, MessageSource messages,
            Locale locale) {
        String text = period(base, messages, locale);
        String ext = extensions(extensions, messages, locale);
        return ext.isEmpty() ? text + ", " + messages.getMessage("rules.words.noExtension", null, locale)
                : text + ", " + ext;
    }

    /** As {@link #rule} from the table's notation ({@code 4M} and {@code 4M,4M,4M,4M@VKSTC}). */
    public static String rule(String base, String extensions, MessageSource messages, Locale locale) {
        List<ExtensionLimit> parsed = new ArrayList<>();
        if (extensions != null && !extensions.isBlank()) {
            for (String part : extensions.split(",")) {
                parsed.add(ExtensionLimit.parse(part));
            }
        }
        return rule(LimitPeriod.parse(base), parsed, messages, locale);
    }

    /** The extensions alone: "gia hạn tối đa 2 lần, mỗi lần không quá 4 tháng", or empty when none. */
    public static String extensions(List<ExtensionLimit> extensions, MessageSource messages, Locale locale) {
        if (extensions.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        boolean same = extensions.stream().allMatch(e -> e.max().equals(extensions.get(0).max()) && !e.fromStart());
        if (same) {
            parts.add(messages.getMessage("rules.words.sameEach", new Object[] {extensions.size(),
                period(extensions.get(0).max(), messages, locale)}, locale));
        } else {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < extensions.size(); i++) {
                ExtensionLimit e = extensions.get(i);
                each.add(messages.getMessage(e.fromStart() ? "rules.words.prolongation" : "rules.words.nth",
                        new Object[] {i + 1, period(e.max(), messages, locale)}, locale));
            }
            parts.add(messages.getMessage("rules.words.times", new Object[] {extensions.size(), String.join("; ", each)},
                    locale));
        }
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).requiredGrantor() != null) {
                parts.add(messages.getMessage("rules.words.reserved", new Object[] {i + 1,
                    extensions.get(i).requiredGrantor()}, locale));
            }
        }
        return String.join("; ", parts);
    }
}
