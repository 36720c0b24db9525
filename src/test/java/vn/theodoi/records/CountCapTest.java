package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far a list counts: 10,000 matches, 500 for a free-text search, whose matches are checked row by row. */
class CountCapTest {

    private static RecordFilter searching(String q) {
        RecordFilter none = RecordFilter.none();
        return new RecordFilter(none.kind(), none.level(), none.province(), none.stage(), none.agency(),
                none.severity(), none.classification(), none.deadline(), q, none.mine(), none.flagged(), none.sort(),
                none.behindMilestone(), none.requestPassed(), none.responsible(), none.figure(), none.figureLevel(),
                none.figureFrom(), none.figureTo());
    }

    @Test
    void aFreeTextSearchCountsToFiveHundredAndEveryOtherListToTenThousand() {
        assertThat(Records.countCap(searching("đấu thầu"))).isEqualTo(500);
        assertThat(Records.countCap(searching("dau thau"))).isEqualTo(500);
        assertThat(Records.countCap(RecordFilter.none())).isEqualTo(10_000);
        assertThat(Records.countCap(RecordFilter.deadline(vn.theodoi.deadline.DeadlineStatus.OVERDUE)))
                .isEqualTo(10_000);
    }

    @Test
    void aQueryOfOnlySpacesIsNoSearch() {
        assertThat(Records.countCap(searching("   "))).isEqualTo(10_000);
        assertThat(Records.countCap(searching(""))).isEqualTo(10_000);
    }
}
