package vn.theodoi.records.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.theodoi.audit.AuditEntry;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.records.RecordView;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.shared.web.MoneyText;

/**
 * A record's audit lines as sentences a person reads: who (by full name) did what, to which part (by its
 * current name), on which day. The audit table keeps only ids, kinds and dates; the names come from the record
 * as it is now and from the users' accounts. A line whose details this class does not know is still shown,
 * with the action's name.
 */
final class AuditSentences {

    /** One sentence of the record's history. */
    record Line(Instant when, String sentence, AuditOutcome outcome) {

        public boolean isRefusal() {
            return outcome != AuditOutcome.SUCCESS;
        }
    }

    private final RecordView record;
    private final Map<String, String> names;
    private final MessageSource messages;
    private final Locale locale;

    AuditSentences(RecordView record, Map<String, String> names, MessageSource messages, Locale locale) {
        this.record = record;
        this.names = names;
        this.messages = messages;
        this.locale = locale;
    }

    List<Line> of(List<AuditEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            lines.add(new Line(entry.getOccurredAt(), sentence(entry), entry.getOutcome()));
        }
        return lines;
    }

    String sentence(AuditEntry entry) {
        String who = who(entry.getActor());
        String action = entry.getAction();
        Map<String, String> d = details(entry.getDetails());
        try {
            return switch (action) {
                case "RECORD_READ", "RECORD_NOTE_ADDED", "RECORD_ACCESS_DENIED", "RECORD_CHANGE_DENIED" ->
                        msg("record.log." + action, who);
                case "RECORD_CREATED" -> d.containsKey("splitFrom") ? msg("record.log.RECORD_CREATED.split", who)
                        : msg(action, who, label("enum.RecordKind." + d.get("kind")), level(d.get("level")),
                                label("clearance." + d.get("classification")));
                case "RECORD_UPDATED" -> msg(action, who, label("clearance." + d.get("classification")),
                        blank(d.get("severity")) ? label("record.severity.none")
                                : label("deadline.label.severity." + d.get("severity")));
                case "RECORD_LEVEL_CHANGED" -> msg(action, who, level(d.get("level")), date(d.get("decided")));
                case "RECORD_CONVERTED" -> msg(action, who, label("enum.RecordKind." + d.get("from")),
                        label("enum.RecordKind." + d.get("to")), date(d.get("on")));
                case "RECORD_SPLIT" -> msg(action, who, date(d.get("on")));
                case "RECORD_EVENT_ADDED" -> msg(action, who, label("deadline.label.event." + d.get("type")),
                        date(d.get("date")));
                case "RECORD_EVENT_CORRECTED" -> msg(action, who, label("deadline.label.event." + d.get("typeBefore")),
                        date(d.get("dateBefore")), label("deadline.label.event." + d.get("type")), date(d.get("date")));
                case "RECORD_PERSON_ADDED" -> msg(action, who, label("enum.ProceduralRole." + d.get("role")),
                        person(d.get("person")));
                case "RECORD_PERSON_UPDATED" -> blank(d.get("roleBefore")) || d.get("roleBefore").equals(d.get("role"))
                        ? msg("record.log.RECORD_PERSON_UPDATED.same", who, person(d.get("person")))
                        : msg(action, who, person(d.get("person")), label("enum.ProceduralRole." + d.get("roleBefore")),
                                label("enum.ProceduralRole." + d.get("role")));
                case "RECORD_MONEY_ADDED" -> msg(action, who, label("enum.MoneyKind." + d.get("kind")),
                        money(d.get("entry")));
                case "RECORD_MILESTONE_ADDED" -> msg(action, who, milestone(d.get("milestone")), date(d.get("target")));
                case "RECORD_MILESTONE_ACHIEVED" -> msg(action, who, milestone(d.get("milestone")),
                        date(d.get("achieved")));
                case "RECORD_OBSTACLE_ADDED" -> msg(action, who, obstacle(d.get("obstacle")));
                case "RECORD_OBSTACLE_RESOLVED" -> msg(action, who, obstacle(d.get("obstacle")), date(d.get("resolved")));
                default -> other(who, action);
            };
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException unreadable) {
            // a line written before its details were ids, kinds and dates
            return other(who, action);
        }
    }

    /** The {@code name=value, ...} details of an audit entry (audit.AuditDetails). */
    private static Map<String, String> details(String text) {
        Map<String, String> values = new java.util.HashMap<>();
        if (text != null) {
            for (String pair : text.split(", ")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private String other(String who, String action) {
        String name = messages.getMessage("audit.action." + action, null, null, locale);
        return msg("record.log.other", who, name != null ? name : messages.getMessage("record.log.unknownAction",
                null, locale));
    }

    private String who(String actor) {
        if (actor == null || "system".equals(actor) || "anonymous".equals(actor)) {
            return label("record.log.system");
        }
        return names.getOrDefault(actor, actor);
    }

    private String person(String id) {
        Long wanted = Long.valueOf(id);
        return record.persons().stream().filter(p -> Objects.equals(p.id(), wanted)).map(RecordView.Person::fullName)
                .findFirst().orElseGet(() -> label("record.log.removedPart"));
    }

    private String money(String id) {
        Long wanted = Long.valueOf(id);
        return record.money().stream().filter(m -> Objects.equals(m.id(), wanted))
                .map(m -> MoneyText.format(m.amountVnd()) + " " + label("record.money.unit")).findFirst()
                .orElseGet(() -> label("record.log.removedPart"));
    }

    private String milestone(String id) {
        Long wanted = Long.valueOf(id);
        return record.milestones().stream().filter(m -> Objects.equals(m.id(), wanted))
                .map(RecordView.Milestone::description).findFirst().orElseGet(() -> label("record.log.removedPart"));
    }

    private String obstacle(String id) {
        Long wanted = Long.valueOf(id);
        return record.obstacles().stream().filter(o -> Objects.equals(o.id(), wanted))
                .map(RecordView.Obstacle::description).findFirst().orElseGet(() -> label("record.log.removedPart"));
    }

    private String level(String level) {
        return blank(level) ? label("level.none") : label("level." + level);
    }

    private static String date(String iso) {
        return DateText.format(LocalDate.parse(iso));
    }

    private String label(String key) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key}, key), locale);
    }

    private String msg(String keyOrAction, Object... args) {
        String key = keyOrAction.startsWith("record.log.") ? keyOrAction : "record.log." + keyOrAction;
        return messages.getMessage(key, args, locale);
    }
}
