package vn.theodoi.records.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Map<String, Pattern> DETAILS = Map.ofEntries(
            Map.entry("RECORD_CREATED", Pattern.compile("kind=(\\w+), level=(\\w+), classification=(\\w+)")),
            Map.entry("RECORD_UPDATED", Pattern.compile("classification=(\\w+), severity=(\\w+)")),
            Map.entry("RECORD_LEVEL_CHANGED", Pattern.compile("level=(\\w+), decided " + DATE)),
            Map.entry("RECORD_CONVERTED", Pattern.compile("(\\w+) -> (\\w+) on " + DATE)),
            Map.entry("RECORD_SPLIT", Pattern.compile("child (\\d+) on " + DATE)),
            Map.entry("RECORD_EVENT_ADDED", Pattern.compile("(\\w+) " + DATE + ".*")),
            Map.entry("RECORD_EVENT_CORRECTED", Pattern.compile("event (\\d+) \\((\\w+) " + DATE + "\\) -> (\\w+) "
                    + DATE + ".*")),
            Map.entry("RECORD_PERSON_ADDED", Pattern.compile("person (\\d+) \\((\\w+)\\)")),
            Map.entry("RECORD_PERSON_UPDATED", Pattern.compile("person (\\d+) \\((\\w*) -> (\\w+)\\)")),
            Map.entry("RECORD_MONEY_ADDED", Pattern.compile("(\\w+) entry (\\d+)")),
            Map.entry("RECORD_MILESTONE_ADDED", Pattern.compile("milestone (\\d+) by " + DATE)),
            Map.entry("RECORD_MILESTONE_ACHIEVED", Pattern.compile("milestone (\\d+) on " + DATE)),
            Map.entry("RECORD_OBSTACLE_ADDED", Pattern.compile("obstacle (\\d+)")),
            Map.entry("RECORD_OBSTACLE_RESOLVED", Pattern.compile("obstacle (\\d+) on " + DATE)));
    private static final Pattern CREATED_BY_SPLIT = Pattern.compile("split from (\\d+)");

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
        String details = entry.getDetails() == null ? "" : entry.getDetails();
        try {
            switch (action) {
                case "RECORD_READ", "RECORD_NOTE_ADDED", "RECORD_ACCESS_DENIED", "RECORD_CHANGE_DENIED" -> {
                    return msg("record.log." + action, who);
                }
                case "RECORD_CREATED" -> {
                    Matcher split = CREATED_BY_SPLIT.matcher(details);
                    if (split.matches()) {
                        return msg("record.log.RECORD_CREATED.split", who);
                    }
                }
                default -> {
                }
            }
            Pattern pattern = DETAILS.get(action);
            Matcher m = pattern == null ? null : pattern.matcher(details);
            if (m == null || !m.matches()) {
                return other(who, action);
            }
            return switch (action) {
                case "RECORD_CREATED" -> msg(action, who, label("enum.RecordKind." + m.group(1)), level(m.group(2)),
                        label("clearance." + m.group(3)));
                case "RECORD_UPDATED" -> msg(action, who, label("clearance." + m.group(1)),
                        "null".equals(m.group(2)) ? label("record.severity.none")
                                : label("deadline.label.severity." + m.group(2)));
                case "RECORD_LEVEL_CHANGED" -> msg(action, who, level(m.group(1)), date(m.group(2)));
                case "RECORD_CONVERTED" -> msg(action, who, label("enum.RecordKind." + m.group(1)),
                        label("enum.RecordKind." + m.group(2)), date(m.group(3)));
                case "RECORD_SPLIT" -> msg(action, who, date(m.group(2)));
                case "RECORD_EVENT_ADDED" -> msg(action, who, label("deadline.label.event." + m.group(1)),
                        date(m.group(2)));
                case "RECORD_EVENT_CORRECTED" -> msg(action, who, label("deadline.label.event." + m.group(2)),
                        date(m.group(3)), label("deadline.label.event." + m.group(4)), date(m.group(5)));
                case "RECORD_PERSON_ADDED" -> msg(action, who, label("enum.ProceduralRole." + m.group(2)),
                        person(m.group(1)));
                case "RECORD_PERSON_UPDATED" -> m.group(2).equals(m.group(3)) || m.group(2).isEmpty()
                        ? msg("record.log.RECORD_PERSON_UPDATED.same", who, person(m.group(1)))
                        : msg(action, who, person(m.group(1)), label("enum.ProceduralRole." + m.group(2)),
                                label("enum.ProceduralRole." + m.group(3)));
                case "RECORD_MONEY_ADDED" -> msg(action, who, label("enum.MoneyKind." + m.group(1)), money(m.group(2)));
                case "RECORD_MILESTONE_ADDED" -> msg(action, who, milestone(m.group(1)), date(m.group(2)));
                case "RECORD_MILESTONE_ACHIEVED" -> msg(action, who, milestone(m.group(1)), date(m.group(2)));
                case "RECORD_OBSTACLE_ADDED" -> msg(action, who, obstacle(m.group(1)));
                case "RECORD_OBSTACLE_RESOLVED" -> msg(action, who, obstacle(m.group(1)), date(m.group(2)));
                default -> other(who, action);
            };
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return other(who, action);
        }
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
        return "null".equals(level) ? label("level.none") : label("level." + level);
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
