package vn.theodoi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserForm;
import vn.theodoi.access.Users;
import vn.theodoi.organization.OrganizationForm;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.ProposalForm;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Proposals;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * The daily digest reminds the answering department's specialist and head of a proposal whose
 * answer is overdue (weekly, as for tasks), not people of another department, and not once it is sent.
 */
@IntegrationTest
class ProposalRemindersIT {

    @Autowired Reminders reminders;
    @Autowired Proposals proposals;
    @Autowired Users users;
    @Autowired Organizations organizations;
    @Autowired WorkingDayCalendar calendar;

    String department() {
        String code = "VKN-" + Unique.suffix().toUpperCase();
        organizations.create(new OrganizationForm(code, "Vụ trả lời kiến nghị " + code, null, OrganizationType.DEPARTMENT,
                null, null, "BNCTW", null, true, null, 9200, null));
        return code;
    }

    TheodoiUser person(String prefix, String department, Role role) {
        String username = prefix + Unique.suffix();
        users.create(new UserForm(username, "Trần Văn Kiến", username + "@bnc.test", department, Set.of(role),
                Clearance.CONFIDENTIAL, true, "Kien-Nghi-2026!x", null));
        return users.loadUserByUsername(username);
    }

    List<Long> proposalsRemindedTo(TheodoiUser person, LocalDate day) {
        return reminders.itemsFor(person, day).stream().filter(i -> i.type().equals("PROPOSAL")).map(i -> i.id())
                .toList();
    }

    @Test
    void anOverdueAnswerIsRemindedToTheAnsweringDepartmentUntilItIsSent() {
        LocalDate today = calendar.today();
        String z = department();
        String w = department();
        TheodoiUser specialist = person("kspec", z, Role.SPECIALIST);
        TheodoiUser head = person("khead", z, Role.DEPARTMENT_HEAD);
        TheodoiUser elsewhere = person("kwspec", w, Role.SPECIALIST);
        TheodoiUser leader = users.loadUserByUsername("leader");
        // received 60 days ago: ten working days later is more than a week past
        Long id = proposals.create(leader, new ProposalForm(ProposalType.OPINION_REQUEST, "BCD-22", "Số 7-CV/BCĐ",
                today.minusDays(60), "Xin ý kiến về vụ việc cấp độ 3 " + z, Clearance.UNCLASSIFIED, List.of()));
        proposals.assign(leader, id, new AssignForm(z, specialist.getUsername(), null));

        assertThat(proposalsRemindedTo(specialist, today)).containsExactly(id);
        assertThat(proposalsRemindedTo(head, today)).containsExactly(id);
        assertThat(proposalsRemindedTo(elsewhere, today)).isEmpty();

        proposals.draft(specialist, id, new DraftForm("Ý kiến trả lời", null));
        proposals.check(head, id, StepForm.none());
        proposals.approve(leader, id, StepForm.none());
        proposals.send(leader, id, new SendForm(today, null));
        assertThat(proposalsRemindedTo(specialist, today)).isEmpty();
    }
}
