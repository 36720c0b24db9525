package vn.theodoi.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.theodoi.access.Clearance;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;

/** The order of the answer's flow, without Spring: no step skipped, a return goes back to the draft. */
class ProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static Proposal proposal() {
        return new Proposal(ProposalType.OPINION_REQUEST, new Proposal.Sender(48L, "VN-48", null), "Số 15-CV/BCĐ",
                LocalDate.of(2026, 11, 16), "Xin ý kiến về vụ việc cấp độ 3", Clearance.UNCLASSIFIED, 10,
                LocalDate.of(2026, 11, 30), null, Set.of(), "provincial_officer", NOW);
    }

    @Test
    void theWholeFlowWithAReturnEndsSentOnTime() {
        Proposal p = proposal();
        assertThat(p.getState()).isEqualTo(ProposalState.RECEIVED);

        p.assign(5L, "specialist", null, "leader", NOW);
        p.draft("Dự thảo lần 1", null, "specialist", NOW);
        p.check(null, "department_head", NOW);
        p.sendBack("Bổ sung căn cứ", null, "leader", NOW);
        assertThat(p.getState()).isEqualTo(ProposalState.RETURNED);
        p.draft("Dự thảo lần 2", null, "specialist", NOW);
        p.check(null, "department_head", NOW);
        p.approve(null, "leader", NOW);
        p.send(LocalDate.of(2026, 11, 27), null, "leader", TODAY, NOW);

        assertThat(p.getState()).isEqualTo(ProposalState.SENT);
        assertThat(p.getAnswerText()).isEqualTo("Dự thảo lần 2");
        assertThat(p.timeliness(TODAY)).isEqualTo(Timeliness.ANSWERED_ON_TIME);
        assertThat(p.steps()).extracting(ProposalStep::step).containsExactly("ASSIGNED", "DRAFTED", "CHECKED",
                "RETURNED", "DRAFTED", "CHECKED", "APPROVED", "SENT");
        assertThat(p.steps().get(3).reason()).isEqualTo("Bổ sung căn cứ");
        assertThat(p.getReaders()).contains("provincial_officer", "specialist");
    }

    @Test
    void noStepCanBeSkipped() {
        Proposal p = proposal();
        assertThatThrownBy(() -> p.draft("Chưa phân công", null, "specialist", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.outOfOrder.draft");
        p.assign(5L, "specialist", null, "leader", NOW);
        assertThatThrownBy(() -> p.check(null, "department_head", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.outOfOrder.check");
        p.draft("Dự thảo", null, "specialist", NOW);
        assertThatThrownBy(() -> p.approve(null, "leader", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.outOfOrder.approve");
        assertThatThrownBy(() -> p.send(TODAY, null, "leader", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.outOfOrder.send");
        assertThat(p.getState()).isEqualTo(ProposalState.DRAFTED);
    }

    @Test
    void anAnswerIsNotSentInTheFutureNorBeforeItWasReceivedAndLateIsLate() {
        Proposal p = proposal();
        p.assign(5L, "specialist", null, "leader", NOW);
        p.draft("Dự thảo", null, "specialist", NOW);
        p.check(null, "department_head", NOW);
        p.approve(null, "leader", NOW);

        assertThatThrownBy(() -> p.send(TODAY.plusDays(1), null, "leader", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.dateInFuture");
        assertThatThrownBy(() -> p.send(LocalDate.of(2026, 11, 15), null, "leader", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("proposal.sentBeforeReceived");

        // due Monday 30 November, sent Wednesday 2 December (seen on the 3rd)
        p.send(LocalDate.of(2026, 12, 2), null, "leader", LocalDate.of(2026, 12, 3), NOW);
        assertThat(p.timeliness(LocalDate.of(2026, 12, 3))).isEqualTo(Timeliness.ANSWERED_LATE);
    }

    @Test
    void aStaleVersionIsRefused() {
        Proposal p = proposal();
        assertThatThrownBy(() -> p.assign(5L, "specialist", 3L, "leader", NOW))
                .isInstanceOf(ConcurrentEditException.class);
        p.assign(5L, "specialist", 0L, "leader", NOW);
        assertThat(p.getState()).isEqualTo(ProposalState.ASSIGNED);
    }
}
