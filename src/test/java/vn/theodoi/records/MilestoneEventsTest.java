package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.theodoi.deadline.EventType;

/** Which event fulfils a directed milestone, read from its words as the Steering Committee writes them. */
class MilestoneEventsTest {

    @Test
    void concludingTheInvestigationMeetsAMilestoneToConcludeIt() {
        assertThat(MilestoneEvents.fulfilledBy("Kết thúc điều tra, chuyển hồ sơ đề nghị truy tố trước 30/9/2026"))
                .containsExactly(EventType.INVESTIGATION_CONCLUDED);
        assertThat(MilestoneEvents.fulfilledBy("kết thúc điều tra trước 30/9")).containsExactly(
                EventType.INVESTIGATION_CONCLUDED);
    }

    @Test
    void openingTheTrialMeetsAMilestoneToBringTheCaseToTrial() {
        assertThat(MilestoneEvents.fulfilledBy("Đưa vụ án ra xét xử sơ thẩm trước 15/12/2026"))
                .containsExactly(EventType.TRIAL_OPENED);
        assertThat(MilestoneEvents.fulfilledBy("Xét xử phúc thẩm trong quý I/2027"))
                .containsExactly(EventType.APPEAL_TRIAL_OPENED);
        assertThat(MilestoneEvents.fulfilledBy("Truy tố trước 31/10/2026")).containsExactly(EventType.INDICTED);
    }

    @Test
    void aMilestoneThatNamesNoStepOfTheProcedureIsMetByNoEvent() {
        assertThat(MilestoneEvents.fulfilledBy("Hoàn thành giám định thiệt hại trước 1/8/2026")).isEmpty();
    }
}
