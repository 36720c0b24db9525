package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the law allows for one ordinal extension of a limit (lần gia hạn thứ n): its maximum, whether that maximum
 * is counted from the start of the limit, and the body the law reserves the decision to. Written in the rule
 * table as {@code 2M}, {@code =2M} or {@code 4M@VKSTC}.
 *
 * @param max              the longest extension allowed
 * @param fromStart        {@code true} for a prolongation (kéo dài) whose whole limit is at most {@code max} from
 *                         the start of the limit, decided by the body handling the stage itself (Art. 147(2), first
 *                         sentence: "có thể kéo dài nhưng không quá 02 tháng" from receipt); no request to another
 *                         body, so no last day to request it. {@code false}: {@code max} is added to the limit in
 *                         force, and the row's request deadline applies
 * @param requiredGrantor  the code of the only organization that may grant it (e.g. {@code VKSTC}, the Supreme
 *                         People's Procuracy, for the fourth extension of Art. 172(3)), or {@code null}
 */
public record ExtensionLimit(LimitPeriod max, boolean fromStart, String requiredGrantor) {

    public ExtensionLimit {
        Objects.requireNonNull(max, "max");
        if (requiredGrantor != null && requiredGrantor.isBlank()) {
            requiredGrantor = null;
        }
    }

    /** An extension of at most {@code max}, added to the limit in force, by no named body. */
    public static ExtensionLimit upTo(LimitPeriod max) {
        return new ExtensionLimit(max, false, null);
    }

    /**
     * Parses {@code [=]<amount><D|M>[@<organization code>]}, e.g. {@code 2M}, {@code =2M}, {@code 4M@VKSTC}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static ExtensionLimit parse(String text) {
        String t = text == null ? "" : text.strip();
        boolean fromStart = t.startsWith("=");
        if (fromStart) {
            t = t.substring(1).strip();
        }
        String grantor = null;
        int at = t.indexOf('@');
        if (at >= 0) {
            grantor = t.substring(at + 1).strip().toUpperCase(Locale.ROOT);
            t = t.substring(0, at);
            if (grantor.isEmpty()) {
                throw new IllegalArgumentException("No organization code after '@': '" + text + "'");
            }
        }
        return new ExtensionLimit(LimitPeriod.parse(t), fromStart, grantor);
    }

    /** The latest unshifted end this extension may reach, from the limit's start and the end it extends. */
    LocalDate capFrom(LocalDate countedFrom, LocalDate extendedEnd) {
        return fromStart ? max.addTo(countedFrom) : max.addTo(extendedEnd);
    }

    /** The table notation, e.g. {@code =2M} or {@code 4M@VKSTC}. */
    @Override
    public String toString() {
        return (fromStart ? "=" : "") + max + (requiredGrantor == null ? "" : "@" + requiredGrantor);
    }
}
