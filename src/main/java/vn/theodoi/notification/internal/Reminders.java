package vn.theodoi.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserView;
import vn.theodoi.meetings.DocumentDue;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.notification.NotificationKind;
import vn.theodoi.notification.internal.ReminderRules.Reminder;
import vn.theodoi.proposals.ProposalDue;
import vn.theodoi.proposals.Proposals;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Tasks;

/**
 * The day's reminders: for each person who follows work, the task due dates (of tasks their own
 * unit leads or they follow), the response deadlines of the proposals their unit answers (or they
 * draft), the documents their unit prepares for a meeting, and the running legal limits of the
 * records their unit owns (or they follow), each read with that person's visibility; one digest per
 * person per day, in the inbox and by e-mail. A person's own units are their organization and, for a
 * provincial standing agency's officers, their provincial steering committee ({@link People#ownUnits}).
 * <p>
 * Never the same reminder twice: the digest's key (person, day) and each reminder's key (person,
 * item, reason, due date, occurrence) are unique in the database, written in one transaction per
 * person, so a second node or a second run after a restart finds them taken and skips that person.
 * The e-mail is claimed (PENDING to SENDING) by one node before it is sent, so it leaves at most
 * once; a node that dies between the claim and the SMTP answer leaves it SENDING, not resent.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final int ITEMS_PER_KIND = 200;

    private final People people;
    private final Tasks tasks;
    private final Proposals proposals;
    private final Meetings meetings;
    private final Records records;
    private final Inbox inbox;
    private final Mail mail;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int daysBefore;
    private final NotificationText words;
    private final Clock clock = Clock.systemUTC();

    Reminders(People people, Tasks tasks, Proposals proposals, Meetings meetings, Records records, Inbox inbox,
            Mail mail, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, NotificationText words,
            @Value("${theodoi.reminders.days-before:3}") int daysBefore) {
        this.proposals = proposals;
        this.words = words;
        this.people = people;
        this.tasks = tasks;
        this.meetings = meetings;
        this.records = records;
        this.inbox = inbox;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.daysBefore = daysBefore;
    }

    /** What one run did. */
    public record Run(LocalDate day, int digests, int reminders, int mailed, int skipped) {
    }

    /** One item of a digest: what it is, the line a person reads, and its reminder. */
    record Item(String type, Long id, String line, Reminder reminder) {
    }

    /** Sends the reminders of {@code day} (today in Vietnam when the job runs). */
    public Run run(LocalDate day) {
        int digests = 0;
        int reminders = 0;
        int skipped = 0;
        List<UserView> working = people.working();
        for (UserView person : working) {
            TheodoiUser principal = people.principal(person.username());
            List<Item> items = itemsFor(principal, day);
            if (items.isEmpty()) {
                continue;
            }
            try {
                Integer written = transaction.execute(status -> digest(person, day, items));
                if (written == null || written == 0) {
                    skipped++;
                } else {
                    digests++;
                    reminders += written;
                }
            } catch (DataIntegrityViolationException taken) {
                // another node (or an earlier run) reminded this person today
                skipped++;
            }
        }
        int mailed = sendPendingMail(day, working);
        log.info("Reminders of {}: {} digests ({} reminders), {} e-mails, {} people already reminded", day, digests,
                reminders, mailed, skipped);
        return new Run(day, digests, reminders, mailed, skipped);
    }

    List<Item> itemsFor(TheodoiUser person, LocalDate day) {
        LocalDate until = day.plusDays(daysBefore);
        java.util.Set<Long> units = people.ownUnits(person);
        List<Item> items = new ArrayList<>();
        for (TaskSummary t : tasks.dueFor(person, units, until, ITEMS_PER_KIND)) {
            ReminderRules.forDueDate(t.dueDate(), day, daysBefore).ifPresent(r -> items.add(new Item("TASK", t.id(),
                    text("notification.reminder.task", t.code(), t.title(), phrase(r, day)), r)));
        }
        for (ProposalDue p : proposals.dueFor(person, units, until, ITEMS_PER_KIND)) {
            ReminderRules.forDueDate(p.responseDueDate(), day, daysBefore).ifPresent(r -> items.add(new Item("PROPOSAL",
                    p.id(), text("notification.reminder.proposal", p.referenceNumber(), p.senderName(), p.subject(),
                            phrase(r, day)), r)));
        }
        for (DocumentDue d : meetings.documentsDueFor(person, units, until, ITEMS_PER_KIND)) {
            String meeting = d.meetingType() == MeetingType.SESSION
                    ? text("notification.reminder.session", d.meetingNumber())
                    : text("notification.reminder.standingMeeting", DateText.format(d.meetingDate()));
            ReminderRules.forDueDate(d.dueDate(), day, daysBefore).ifPresent(r -> items.add(new Item("DOCUMENT",
                    d.documentId(), text("notification.reminder.document", meeting, d.title(), phrase(r, day)), r)));
        }
        for (RecordSummary rec : records.deadlinesOf(person, units, until, ITEMS_PER_KIND)) {
            if (rec.dueDate() != null) {
                ReminderRules.forDueDate(rec.dueDate(), day, daysBefore).ifPresent(r -> items.add(new Item("RECORD",
                        rec.id(), text("notification.reminder.limit", rec.code(), rec.title(), phrase(r, day)), r)));
            }
            if (rec.lastDayToRequestExtension() != null) {
                ReminderRules.forRequestDeadline(rec.lastDayToRequestExtension(), day, daysBefore)
                        .ifPresent(r -> items.add(new Item("RECORD", rec.id(), text("notification.reminder.extensionRequest", rec.code(), rec.title(), phrase(r, day)), r)));
            }
        }
        return items;
    }

    /** Writes the digest, its reminders and the notification in the caller's transaction; 0 when all were sent before. */
    private Integer digest(UserView person, LocalDate day, List<Item> all) {
        MapSqlParameterSource p = new MapSqlParameterSource("r", person.username());
        List<Item> items = all.stream().filter(i -> !sent(person.username(), i)).toList();
        if (items.isEmpty()) {
            return 0;
        }
        String status = !mail.on() ? "OFF" : person.email() == null ? "NO_ADDRESS" : "PENDING";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into reminder_digest (recipient, digest_day, items, mail_status, created_at)"
                + " values (:r, :day, :n, :status, :at)", p.addValue("day", day).addValue("n", items.size())
                        .addValue("status", status).addValue("at", OffsetDateTime.now(clock)), key, new String[] {"id"});
        long digestId = key.getKey().longValue();
        for (Item i : items) {
            jdbc.update("insert into reminder_sent (digest_id, recipient, item_type, item_id, reason, due_date,"
                    + " occurrence) values (:d, :r, :type, :id, :reason, :due, :occ)",
                    new MapSqlParameterSource("d", digestId).addValue("r", person.username())
                            .addValue("type", i.type()).addValue("id", i.id()).addValue("reason", i.reminder().reason().name())
                            .addValue("due", i.reminder().dueDate()).addValue("occ", i.reminder().occurrence()));
        }
        inbox.add(person.username(), NotificationKind.REMINDER_DIGEST, "DIGEST", digestId,
                text("notification.digest.title", DateText.format(day), items.size()), body(items), "/tasks/mine",
                "DIGEST:" + day);
        return items.size();
    }

    private boolean sent(String recipient, Item i) {
        Integer n = jdbc.queryForObject("select count(*) from reminder_sent where recipient = :r and item_type = :type"
                + " and item_id = :id and reason = :reason and due_date = :due and occurrence = :occ",
                new MapSqlParameterSource("r", recipient).addValue("type", i.type()).addValue("id", i.id())
                        .addValue("reason", i.reminder().reason().name()).addValue("due", i.reminder().dueDate())
                        .addValue("occ", i.reminder().occurrence()), Integer.class);
        return n != null && n > 0;
    }

    /** Sends the e-mail of each digest of the day still PENDING, each claimed by one node first. */
    int sendPendingMail(LocalDate day, List<UserView> working) {
        java.util.Map<String, String> emails = new java.util.HashMap<>();
        working.forEach(u -> {
            if (u.email() != null) {
                emails.put(u.username(), u.email());
            }
        });
        if (!mail.on()) {
            return 0;
        }
        int sent = 0;
        List<Long> pending = jdbc.queryForList("select id from reminder_digest where digest_day = :day"
                + " and mail_status = 'PENDING' order by id", new MapSqlParameterSource("day", day), Long.class);
        for (Long id : pending) {
            int claimed = jdbc.update("update reminder_digest set mail_status = 'SENDING', mail_attempts = mail_attempts + 1"
                    + " where id = :id and mail_status = 'PENDING'", new MapSqlParameterSource("id", id));
            if (claimed == 0) {
                continue; // another node has it
            }
            var digest = jdbc.queryForMap("select d.recipient, n.title, n.body from reminder_digest d join notification n"
                    + " on n.recipient = d.recipient and n.subject_type = 'DIGEST' and n.subject_id = d.id where d.id = :id",
                    new MapSqlParameterSource("id", id));
            String recipient = (String) digest.get("recipient");
            String email = emails.get(recipient);
            boolean ok = email != null && mail.send(email, "[theodoi] " + digest.get("title"), (String) digest.get("body"));
            jdbc.update("update reminder_digest set mail_status = :status, sent_at = :at where id = :id",
                    new MapSqlParameterSource("id", id).addValue("status", ok ? "SENT" : "FAILED")
                            .addValue("at", ok ? OffsetDateTime.now(clock) : null));
            sent += ok ? 1 : 0;
        }
        return sent;
    }

    private String body(List<Item> items) {
        StringBuilder text = new StringBuilder(text("notification.digest.intro")).append('\n');
        items.forEach(i -> text.append("• ").append(i.line()).append('\n'));
        return text.toString();
    }

    private String phrase(Reminder r, LocalDate day) {
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, r.dueDate()));
        return text("notification.reason." + r.reason().name(), DateText.format(r.dueDate()), days);
    }

    private String text(String key, Object... args) {
        return words.of(key, args);
    }
}
