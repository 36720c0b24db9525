package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.WEEKENDS;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The appeal court and its limit to open the hearing (Điều 346(1) BLTTHS 2015, Điều 242 BLTTHS 2003): provincial
 * courts 60 days; the Supreme People's Court's appeal courts 90 days until 31 May 2015 and again from 1 July 2025
 * (Law 81/2025/QH15 dissolved the high courts); the high courts 90 days for files received from 1 June 2015 to
 * 30 June 2025. Limits in days, not moved over a weekend. Dates counted by hand.
 */
class CourtLevelTest {

    @ParameterizedTest(name = "{4}: {0} court received the appeal file {1}: due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            HIGH       | 2025-06-30 | 2025-09-28 | BLTTHS_2015 | Điều 346: the last day a high court received a file
            SUPREME    | 2025-07-01 | 2025-09-29 | BLTTHS_2015 | Điều 346 as amended 2025
            PROVINCIAL | 2025-07-01 | 2025-08-30 | BLTTHS_2015 | Điều 346
            PROVINCIAL | 2018-01-01 | 2018-03-02 | BLTTHS_2015 | Điều 346
            PROVINCIAL | 2017-12-31 | 2018-03-01 | BLTTHS_2003 | Điều 242
            HIGH       | 2016-03-01 | 2016-05-30 | BLTTHS_2003 | Điều 242, Resolution 81/2014/QH13
            SUPREME    | 2015-03-02 | 2015-05-31 | BLTTHS_2003 | Điều 242
            """)
    void appealPreparationByCourtLevelAndDay(CourtLevel level, LocalDate received, LocalDate due, ProcedureCode code,
                                             String article) {
        List<ProcedureEvent> history = new java.util.ArrayList<>(historyTo(Stage.APPEAL, RuleVariant.STANDARD,
                received));
        history.add(ProcedureEvent.appealFileReceived(received, level));
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, history, WEEKENDS, received));
        assertEquals(Stage.APPEAL_PREPARATION, limit.stage());
        assertEquals(RuleVariant.valueOf(level.name()), limit.variant());
        assertEquals(due, limit.dueDate());
        assertEquals(code, limit.code());
        assertTrue(limit.article().contains(article.split(",")[0].replace(" as amended 2025", "")
                .split(":")[0]), limit.article());
    }

    @ParameterizedTest(name = "{2}: {0} court on {1} refused")
    @CsvSource(delimiter = '|', textBlock = """
            HIGH    | 2025-07-01 | high courts dissolved from 1 July 2025 (Law 81/2025/QH15)
            HIGH    | 2026-11-27 | high courts dissolved from 1 July 2025 (Law 81/2025/QH15)
            HIGH    | 2015-05-29 | high courts created on 1 June 2015 (Law on the organization of people's courts 2014)
            SUPREME | 2020-03-02 | the high courts heard appeals from 1 June 2015 to 30 June 2025
            """)
    void aCourtLevelNotInForceOnTheDayIsRefused(CourtLevel level, LocalDate received, String why) {
        List<ProcedureEvent> history = historyTo(Stage.APPEAL, RuleVariant.STANDARD, received);
        ProcedureViolation v = assertViolation("deadline.appeal.courtLevelNotInForce",
                () -> ENGINE.check(Severity.SERIOUS, history, ProcedureEvent.appealFileReceived(received, level),
                        WEEKENDS));
        assertArrayEquals(new Object[] {level, received}, v.getArguments(), why);
        assertEquals(history.size(), v.getEventIndex());
    }
}
