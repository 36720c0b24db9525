package vn.theodoi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserForm;
import vn.theodoi.access.Users;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.meetings.MeetingCommands.RequirementForm;
import vn.theodoi.meetings.MeetingForm;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.notification.internal.ReminderJob;
import vn.theodoi.notification.internal.Reminders;
import vn.theodoi.organization.OrganizationForm;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * The daily reminders through a real SMTP server (GreenMail) on PostgreSQL: who receives which
 * reminder and on which day; the job run by db-scheduler with two scheduler instances on one
 * database, then again after a restart, and twice at once; each reminder reaches an inbox once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderMailIT {

    GreenMail smtp;

    /** The real SMTP server, on the port the application was configured with (drawn at start, test profile). */
    @BeforeAll
    void startSmtp(@Autowired JavaMailSender sender) {
        smtp = new GreenMail(new ServerSetup(((JavaMailSenderImpl) sender).getPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Autowired Users users;
    @Autowired Organizations organizations;
    @Autowired Meetings meetings;
    @Autowired Reminders reminders;
    @Autowired vn.theodoi.records.Records records;
    @Autowired WorkingDayCalendar calendar;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    String department() {
        String code = "VNR-" + Unique.suffix().toUpperCase();
        organizations.create(new OrganizationForm(code, "Vụ nhắc việc " + code, null, OrganizationType.DEPARTMENT,
                null, null, "BNCTW", null, true, null, 9100, null));
        return code;
    }

    String person(String prefix, String department, Role role) {
        String username = prefix + Unique.suffix();
        users.create(new UserForm(username, "Nguyễn Văn Nhắc", username + "@bnc.test", department, Set.of(role),
                Clearance.CONFIDENTIAL, true, "Nhac-Viec-2026!x", null));
        return username;
    }

    List<MimeMessage> to(String username) {
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(username + "@bnc.test");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded text of a message (quoted-printable on the wire). */
    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
            Thread.sleep(200);
        }
    }

    Scheduler secondNode() {
        return Scheduler.create(dataSource).startTasks(ReminderJob.task(reminders, calendar, LocalTime.of(7, 0)))
                .pollingInterval(Duration.ofSeconds(1)).threads(2).tableName("scheduled_tasks").build();
    }

    /** Makes the daily job due now, as at 07:00; returns the job's last success before. */
    Object runJobNow() {
        Object before = jdbc.queryForObject("select last_success from scheduled_tasks where task_name = ?",
                Object.class, ReminderJob.TASK_NAME);
        jdbc.update("update scheduled_tasks set execution_time = now() - interval '1 second' where task_name = ?",
                ReminderJob.TASK_NAME);
        return before;
    }

    void awaitJobRan(Object before) throws InterruptedException {
        await("the daily job to run", () -> {
            Object now = jdbc.queryForObject("select last_success from scheduled_tasks where task_name = ?",
                    Object.class, ReminderJob.TASK_NAME);
            return now != null && !now.equals(before);
        });
    }

    @Test
    void eachPersonGetsOneDigestADayWithTheRemindersDueAndNeverTheSameReminderTwice() throws Exception {
        LocalDate today = calendar.today();
        String z = department();
        String w = department();
        String specialist = person("zspec", z, Role.SPECIALIST);
        String head = person("zhead", z, Role.DEPARTMENT_HEAD);
        String elsewhere = person("wspec", w, Role.SPECIALIST);
        String v = department();
        String recordsPerson = person("vspec", v, Role.SPECIALIST);
        TheodoiUser leader = users.loadUserByUsername("leader");
        Long meeting = meetings.create(leader, new MeetingForm(MeetingType.STANDING_MEETING, null, today.minusDays(30),
                "Cuộc họp Thường trực thử nhắc việc " + z, Clearance.UNCLASSIFIED, null, Set.of()));
        meetings.recordConclusion(leader, meeting, new ConclusionForm("NV-" + z, today.minusDays(29), List.of(
                new RequirementForm("A: hạn sau 3 ngày", z, today.plusDays(3)),
                new RequirementForm("B: hạn hôm nay", z, today),
                new RequirementForm("C: quá hạn 7 ngày", z, today.minusDays(7)),
                new RequirementForm("D: quá hạn 3 ngày", z, today.minusDays(3)),
                new RequirementForm("E: hạn sau 10 ngày", z, today.plusDays(10)),
                new RequirementForm("F: của vụ khác, hạn sau 10 ngày", w, today.plusDays(10)))));
        // V prepares a document due in two days, and owns a case whose investigation limit ends within 0-2 days
        // (a less serious case has 2 months from its initiation, Art. 172; a day off moves the end to the next working day)
        Long coming = meetings.create(leader, new MeetingForm(MeetingType.SESSION, 8000 + (int) (Math.random() * 1999),
                today.plusDays(20), "Phiên họp thử nhắc tài liệu " + v, Clearance.UNCLASSIFIED, null, Set.of()));
        meetings.addDocument(leader, coming, new DocumentForm("Báo cáo chuẩn bị phiên họp " + v, v, today.plusDays(2)));
        Long record = records.create(leader, new RecordForm(RecordKind.CASE, null, "Vụ án thử nhắc thời hạn " + v, null,
                2, today.minusMonths(3), null, Severity.LESS_SERIOUS, Clearance.UNCLASSIFIED, "BNCTW", v, null,
                Set.of("VN-01"), Set.of(), Set.of("360"), Set.of(), null));
        records.addEvent(leader, record, new EventInput(EventType.CASE_INITIATED, today.minusMonths(2), null, null, null,
                null, null, null));
        String recordCode = records.view(leader, record).code();
        LocalDate recordDue = records.view(leader, record).procedure().currentLimit().orElseThrow().dueDate();

        // Two scheduler instances on one PostgreSQL database: the application's and a second node.
        Scheduler second = secondNode();
        second.start();
        try {
            awaitJobRan(runJobNow());
            await("the digests", () -> to(specialist).size() == 1 && to(head).size() == 1);
            Thread.sleep(3000); // both nodes poll every second: a second run would have sent by now
        } finally {
            second.stop();
        }
        assertThat(to(specialist)).hasSize(1);
        assertThat(to(head)).hasSize(1);
        assertThat(to(elsewhere)).as("nothing of theirs is due").isEmpty();
        await("the records' digest", () -> to(recordsPerson).size() == 1);
        assertThat(text(to(recordsPerson).get(0))).contains("[Tài liệu Phiên họp thứ")
                .contains("Báo cáo chuẩn bị phiên họp " + v).contains("còn 2 ngày").doesNotContain("A: hạn sau 3 ngày");
        // due today or within 3 days (unless a long holiday moved the end further): reminded before or on the day
        assertThat(text(to(recordsPerson).get(0)).contains("[Thời hạn tố tụng] " + recordCode))
                .as("record due %s", recordDue).isEqualTo(!recordDue.isAfter(today.plusDays(3)));
        String body = text(to(specialist).get(0));
        assertThat(to(specialist).get(0).getSubject()).contains("3 việc");
        assertThat(to(specialist).get(0).getFrom()[0].toString()).isEqualTo("theodoi@bnctw.test");
        assertThat(body).contains("A: hạn sau 3 ngày").contains("còn 3 ngày").contains("B: hạn hôm nay")
                .contains("hạn hôm nay").contains("C: quá hạn 7 ngày").contains("quá hạn 7 ngày")
                .doesNotContain("D: quá hạn 3 ngày").doesNotContain("E: hạn sau 10 ngày").doesNotContain("F:");
        assertThat(jdbc.queryForObject("select count(*) from reminder_digest where recipient = ? and digest_day = ?",
                Long.class, specialist, today)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select mail_status from reminder_digest where recipient = ? and digest_day = ?",
                String.class, specialist, today)).isEqualTo("SENT");

        // A restart: a new scheduler instance runs the job again today; nothing is sent twice.
        Scheduler restarted = secondNode();
        restarted.start();
        try {
            awaitJobRan(runJobNow());
            Thread.sleep(2000);
        } finally {
            restarted.stop();
        }
        // and two runs at once, as two nodes would if their clocks let them
        CompletableFuture<Reminders.Run> one = CompletableFuture.supplyAsync(() -> reminders.run(today));
        CompletableFuture<Reminders.Run> two = CompletableFuture.supplyAsync(() -> reminders.run(today));
        one.get();
        two.get();
        assertThat(to(specialist)).hasSize(1);
        assertThat(to(head)).hasSize(1);

        // Tomorrow: A's "before" was sent, B is one day late (the weekly reminder waits a week), C's first week was sent.
        reminders.run(today.plusDays(1));
        assertThat(to(specialist)).hasSize(1);

        // A week on: B is a week late (W1), C two weeks (W2), D ten days (W1), E due in 3 days; A only 4 days late.
        reminders.run(today.plusDays(7));
        assertThat(to(specialist)).hasSize(2);
        String weekLater = text(to(specialist).get(1));
        assertThat(weekLater).contains("B: hạn hôm nay").contains("C: quá hạn 7 ngày").contains("quá hạn 14 ngày")
                .contains("D: quá hạn 3 ngày").contains("E: hạn sau 10 ngày").doesNotContain("A: hạn sau 3 ngày");
        assertThat(to(elsewhere)).hasSize(1).as("F is due in 3 days for the other department");
        assertThat(text(to(elsewhere).get(0))).contains("F: của vụ khác").doesNotContain("A:");

        // the in-app inbox has the same digests
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and kind = 'REMINDER_DIGEST'",
                Long.class, specialist)).isEqualTo(2);
        // A provincial steering committee's task reaches its standing agency's officers, not the Commission's leaders
        // (checked on a day of its own, so that no earlier digest of that day is in the way)
        LocalDate someDay = today.plusDays(400 + (int) (Math.random() * 3000));
        Long provincial = meetings.create(leader, new MeetingForm(MeetingType.STANDING_MEETING, null, today.minusDays(1),
                "Cuộc họp Thường trực thử nhắc tỉnh " + z, Clearance.UNCLASSIFIED, null, Set.of()));
        meetings.recordConclusion(leader, provincial, new ConclusionForm("TP-" + z, today, List.of(
                new RequirementForm("G: Đà Nẵng báo cáo " + z, "BCD-48", someDay.plusDays(2)))));
        reminders.run(someDay);
        assertThat(jdbc.queryForObject("select body from notification where recipient = 'provincial_officer'"
                + " and dedup_key = ?", String.class, "DIGEST:" + someDay)).contains("G: Đà Nẵng báo cáo " + z);
        assertThat(jdbc.queryForList("select body from notification where recipient = 'leader' and dedup_key = ?",
                String.class, "DIGEST:" + someDay)).noneMatch(b -> b.contains("G: Đà Nẵng báo cáo " + z));

    }
}
