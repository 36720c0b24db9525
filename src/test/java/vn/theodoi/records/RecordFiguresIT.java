package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.access.Users;
import vn.theodoi.records.RecordFigures.CasesAndPersons;
import vn.theodoi.records.RecordFigures.LevelFigures;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * Issue 12: the records' figures of a report over the first half of 2015 (a period no other test writes in),
 * hand-counted from the fixture below, and each figure's list showing the records it counts. The figures are
 * read before the fixture is written and after, and the difference is what the fixture adds (earlier runs of this
 * test left theirs in the same period).
 * <p>
 * The fixture (all owned by the Commission's department BNCTW-VAVV, which the specialist reads, unless said):
 * <ul>
 * <li>A, case: initiated 01/03/2013, investigation suspended 01/05/2013 (no running limit); level 2 since
 * 01/03/2013, moved to 1 on 15/02/2015; persons P1 charged 10/03/2015 (counts), P2 charged 01/03/2013; recovered
 * 50,000,000 on 03/03/2015.</li>
 * <li>B, case: initiated 01/01/2015 (on from), concluded 20/01, indicted 10/02, court 20/02, trial decided 20/03,
 * first-instance judgment 03/04, appeal filed 15/04, appeal file received 01/05, appeal judgment 30/06/2015 (on
 * to); level 2 since 01/01/2015; D1 charged 01/01, indicted 10/02, tried 03/04, tried on appeal 30/06/2015; D2
 * charged 31/12/2014 (day before), indicted 10/02, tried 03/04/2015; damage 1,000,000,000 on 01/01/2015 and
 * 500,000,000 on 31/12/2014; recovered 200,000,000 on 30/06/2015 and 300,000,000 on 01/07/2015.</li>
 * <li>C, case: initiated 31/12/2014 (day before), concluded 01/03/2015, indicted 01/07/2015 (day after); level 3
 * since 31/12/2014, moved to 2 on 01/07/2015; S1 charged 30/06/2015, indicted 01/07/2015.</li>
 * <li>D, case: initiated 01/03/2015, corrected to 01/11/2014 (the superseded event does not count); its
 * investigation limit (4 months) ends early in March 2015 and still runs: missed; level 2 since 01/11/2014, taken
 * out of monitoring 01/04/2015.</li>
 * <li>E, matter: level 3 since 10/01/2015, taken out 05/05/2015 (concluded).</li>
 * <li>H, matter: level 3 since 01/06/2014, taken out 01/07/2015 (day after: not concluded in the period).</li>
 * <li>F, confidential case the specialist may not see: level 1 since 01/02/2015, initiated 01/02/2015, a person
 * charged 01/02/2015, damage 100,000,000 on 01/02/2015.</li>
 * </ul>
 * Deadlines (every case is very serious: investigation 4 months, Art. 172(1); prosecution 30 days, Art. 240; trial
 * preparation 2 months, Art. 277; opening 15 days; appeal preparation 60 days, Art. 346). A limit is met when its
 * stage was left in the period by its last day, missed when its last day is in the period and the stage was left
 * later or still runs; each figure counts records:
 * <ul>
 * <li>A: investigation left in 2013: neither. B: every stage left in time in the period (the appeal's 60 days from
 * 01/05 end on 30/06, the day it was judged): met. C: investigation from 31/12/2014 (due 30/04/2015) left 01/03:
 * met; prosecution from 01/03 (due 31/03) left 01/07: missed. D: investigation from 01/11/2014 due Monday
 * 02/03/2015 (01/03 is a Sunday), still running: missed. F (leader only): due 01/06/2015, running: missed.</li>
 * <li>Over the first half of 2012 (a period no other test writes in), very serious cases monitored from 02/07/2015
 * (so no level figure of 2015 sees them):
 * G initiated 02/02/2012, dismissed 02/03/2012: met inside the period;
 * I initiated 02/05/2012, dismissed 02/07/2012 (after the period, in time): neither;
 * J initiated 05/12/2011 (due Thursday 05/04/2012), dismissed 20/04/2012: missed, left late;
 * K initiated 12/12/2011 (due Thursday 12/04/2012), still running: missed;
 * M initiated 01/08/2011 (due Thursday 01/12/2011, before the period), still running: neither.
 * So 1 met (G), 2 missed (J, K).</li>
 * <li>L: initiated ten days ago, due in about four months: not yet due, so missed in no period, even one that
 * holds its last day (checked over the days around today).</li>
 * </ul>
 * Over the first half of 2015 the specialist counts: met B, C = 2 records; missed C, D = 2. The leader: met 2;
 * missed 3 (F too).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordFiguresIT {

    static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    static final LocalDate TO = LocalDate.of(2015, 6, 30);

    @LocalServerPort
    int port;

    @Autowired
    Records records;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Long> ids = new LinkedHashMap<>();
    String marker;
    RecordFigures specialistBefore;
    RecordFigures leaderBefore;
    RecordFigures aroundTodayBefore;
    RecordFigures in2012Before;

    Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    @BeforeAll
    void buildTheFixture() {
        marker = "solieu" + Unique.suffix();
        specialistBefore = figuresOf("specialist");
        leaderBefore = figuresOf("leader");
        aroundTodayBefore = aroundToday();
        in2012Before = in2012();
        Api leader = as("leader");
        long a = record(leader, "A", "CASE", 2, "2013-03-01", "UNCLASSIFIED");
        event(leader, a, "CASE_INITIATED", "2013-03-01");
        event(leader, a, "INVESTIGATION_SUSPENDED", "2013-05-01");
        level(leader, a, 1, "2015-02-15");
        person(leader, a, "P1", "2015-03-10", null, null, null);
        person(leader, a, "P2", "2013-03-01", null, null, null);
        money(leader, a, "RECOVERED", 50_000_000L, "2015-03-03");

        long b = record(leader, "B", "CASE", 2, "2015-01-01", "UNCLASSIFIED");
        event(leader, b, "CASE_INITIATED", "2015-01-01");
        event(leader, b, "INVESTIGATION_CONCLUDED", "2015-01-20");
        event(leader, b, "INDICTED", "2015-02-10");
        event(leader, b, "FILE_RECEIVED_BY_COURT", "2015-02-20");
        event(leader, b, "TRIAL_DECIDED", "2015-03-20");
        event(leader, b, "FIRST_INSTANCE_JUDGMENT", "2015-04-03");
        event(leader, b, "APPEAL_FILED", "2015-04-15");
        Map<String, Object> received = eventBody("APPEAL_FILE_RECEIVED", "2015-05-01");
        received.put("courtLevel", "PROVINCIAL");
        RecordFixtures.addEvent(leader, b, received);
        event(leader, b, "APPEAL_JUDGMENT", "2015-06-30");
        person(leader, b, "D1", "2015-01-01", "2015-02-10", "2015-04-03", "2015-06-30");
        person(leader, b, "D2", "2014-12-31", "2015-02-10", "2015-04-03", null);
        money(leader, b, "DAMAGE", 1_000_000_000L, "2015-01-01");
        money(leader, b, "DAMAGE", 500_000_000L, "2014-12-31");
        money(leader, b, "RECOVERED", 200_000_000L, "2015-06-30");
        money(leader, b, "RECOVERED", 300_000_000L, "2015-07-01");

        long c = record(leader, "C", "CASE", 3, "2014-12-31", "UNCLASSIFIED");
        event(leader, c, "CASE_INITIATED", "2014-12-31");
        event(leader, c, "INVESTIGATION_CONCLUDED", "2015-03-01");
        event(leader, c, "INDICTED", "2015-07-01");
        level(leader, c, 2, "2015-07-01");
        person(leader, c, "S1", "2015-06-30", "2015-07-01", null, null);

        long d = record(leader, "D", "CASE", 2, "2014-11-01", "UNCLASSIFIED");
        JsonNode initiated = RecordFixtures.addEvent(leader, d, eventBody("CASE_INITIATED", "2015-03-01"));
        long wrong = initiated.get("events").get(0).get("id").asLong();
        Api.Response corrected = leader.post("/api/v1/records/" + d + "/events/" + wrong + "/correction",
                Map.of("event", eventBody("CASE_INITIATED", "2014-11-01"), "reason", "Nhập nhầm ngày khởi tố"));
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        level(leader, d, null, "2015-04-01");

        long e = record(leader, "E", "MATTER", 3, "2015-01-10", "UNCLASSIFIED");
        level(leader, e, null, "2015-05-05");
        long h = record(leader, "H", "MATTER", 3, "2014-06-01", "UNCLASSIFIED");
        level(leader, h, null, "2015-07-01");

        long f = record(leader, "F", "CASE", 1, "2015-02-01", "CONFIDENTIAL");
        event(leader, f, "CASE_INITIATED", "2015-02-01");
        person(leader, f, "K1", "2015-02-01", null, null, null);
        money(leader, f, "DAMAGE", 100_000_000L, "2015-02-01");
        long g = deadlineCase(leader, "G", "2012-02-02", "2012-03-02");
        long i = deadlineCase(leader, "I", "2012-05-02", "2012-07-02");
        long j = deadlineCase(leader, "J", "2011-12-05", "2012-04-20");
        long k = deadlineCase(leader, "K", "2011-12-12", null);
        long m = deadlineCase(leader, "M", "2011-08-01", null);
        long l = deadlineCase(leader, "L", today().minusDays(10).toString(), null);
        ids.put("A", a);
        ids.put("B", b);
        ids.put("C", c);
        ids.put("D", d);
        ids.put("E", e);
        ids.put("H", h);
        ids.put("F", f);
        ids.put("G", g);
        ids.put("I", i);
        ids.put("J", j);
        ids.put("K", k);
        ids.put("L", l);
        ids.put("M", m);
    }

    /** A very serious case initiated on {@code initiated}, dismissed on {@code dismissed} unless null. */
    private long deadlineCase(Api leader, String name, String initiated, String dismissed) {
        String since = initiated.compareTo("2015-07-02") > 0 ? initiated : "2015-07-02";
        long id = record(leader, name, "CASE", 2, since, "UNCLASSIFIED");
        event(leader, id, "CASE_INITIATED", initiated);
        if (dismissed != null) {
            event(leader, id, "DISMISSED", dismissed);
        }
        return id;
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private RecordFigures in2012() {
        return records.figures(users.loadUserByUsername("specialist"), LocalDate.of(2012, 1, 1),
                LocalDate.of(2012, 6, 30));
    }

    private RecordFigures aroundToday() {
        return records.figures(users.loadUserByUsername("specialist"), today().minusDays(30), today().plusDays(180));
    }

    @Test
    void theSpecialistsFiguresAreTheHandCountedOnes() {
        RecordFigures figures = added(figuresOf("specialist"), specialistBefore);

        assertThat(figures.initiated()).isEqualTo(new CasesAndPersons(1, 3));
        assertThat(figures.indicted()).isEqualTo(new CasesAndPersons(1, 2));
        assertThat(figures.firstInstance()).isEqualTo(new CasesAndPersons(1, 2));
        assertThat(figures.appeal()).isEqualTo(new CasesAndPersons(1, 1));
        assertThat(figures.mattersConcluded()).isEqualTo(1);
        assertThat(figures.damageVnd()).isEqualTo(1_000_000_000L);
        assertThat(figures.recoveredVnd()).isEqualTo(250_000_000L);
        assertThat(figures.levels()).containsExactly(new LevelFigures(1, 1, 1, 0), new LevelFigures(2, 1, 1, 2),
                new LevelFigures(3, 2, 1, 1));
        assertThat(figures.deadlinesMet()).isEqualTo(2);
        assertThat(figures.deadlinesMissed()).isEqualTo(2);
    }

    @Test
    void deadlinesMetAndMissedOverTheFirstHalfOf2012AreTheHandCountedOnes() {
        RecordFigures added = added(in2012(), in2012Before);

        assertThat(added.deadlinesMet()).isEqualTo(1);
        assertThat(added.deadlinesMissed()).isEqualTo(2);
        assertThat(listed("DEADLINES_MET", "2012-01-01", "2012-06-30")).isEqualTo("G");
        assertThat(listed("DEADLINES_MISSED", "2012-01-01", "2012-06-30")).isEqualTo("JK");
    }

    /** The fixture's records a figure's list shows over the period, by name in alphabetical order. */
    private String listed(String figure, String from, String to) {
        Api.Response page = as("specialist").get("/api/v1/records?size=200&figure=" + figure + "&figureFrom=" + from
                + "&figureTo=" + to + "&q=" + marker);
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        StringBuilder listed = new StringBuilder();
        ids.forEach((name, id) -> page.body().get("content").forEach(row -> {
            if (row.get("id").asLong() == id) {
                listed.append(name);
            }
        }));
        char[] names = listed.toString().toCharArray();
        java.util.Arrays.sort(names);
        assertThat(page.body().get("page").get("totalElements").asLong()).isEqualTo(names.length);
        return new String(names);
    }

    @Test
    void eachRecordKeepsItsLimitsWithTheDaysTheirStagesWereLeft() {
        assertThat(jdbc.queryForList("select stage, start_date, due_date, end_date from record_time_limit"
                + " where record_id = ? order by ordinal", ids.get("J"))).singleElement().satisfies(row -> {
                    assertThat(row.get("stage")).isEqualTo("INVESTIGATION");
                    assertThat(date(row.get("start_date"))).isEqualTo(LocalDate.of(2011, 12, 5));
                    assertThat(date(row.get("due_date"))).isEqualTo(LocalDate.of(2012, 4, 5));
                    assertThat(date(row.get("end_date"))).isEqualTo(LocalDate.of(2012, 4, 20));
                });
        // C: investigation left 01/03/2015 in time; prosecution's 30 days from 01/03 end 31/03, left three months late
        assertThat(jdbc.queryForList("select stage, due_date, end_date from record_time_limit where record_id = ?"
                + " order by ordinal", ids.get("C"))).extracting(row -> row.get("stage") + " " + date(row.get("end_date")))
                .containsExactly("INVESTIGATION 2015-03-01", "PROSECUTION 2015-07-01");
        assertThat(jdbc.queryForObject("select due_date from record_time_limit where record_id = ? and ordinal = 1",
                LocalDate.class, ids.get("C"))).isEqualTo(LocalDate.of(2015, 3, 31));
    }

    @Test
    void aLimitNotYetDueIsMissedInNoPeriod() {
        RecordFigures added = added(aroundToday(), aroundTodayBefore);
        LocalDate due = jdbc.queryForObject("select due_date from record_time_limit where record_id = ?",
                LocalDate.class, ids.get("L"));

        assertThat(due).isBetween(today().plusDays(1), today().plusDays(180));
        assertThat(added.deadlinesMissed()).isZero();
        assertThat(added.deadlinesMet()).isZero();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Test
    void theLeaderAlsoCountsTheConfidentialCase() {
        RecordFigures figures = added(figuresOf("leader"), leaderBefore);

        assertThat(figures.initiated()).isEqualTo(new CasesAndPersons(2, 4));
        assertThat(figures.deadlinesMet()).isEqualTo(2);
        assertThat(figures.deadlinesMissed()).isEqualTo(3);
        assertThat(figures.damageVnd()).isEqualTo(1_100_000_000L);
        assertThat(figures.levels().get(0)).isEqualTo(new LevelFigures(1, 2, 2, 0));
    }

    @ParameterizedTest(name = "{0} {1} lists {2}")
    @CsvSource({
            "INITIATED,                    , B",
            "INDICTED,                     , B",
            "FIRST_INSTANCE,               , B",
            "APPEAL,                       , B",
            "CHARGED_PERSONS,              , ABC",
            "INDICTED_PERSONS,             , B",
            "TRIED_FIRST_INSTANCE_PERSONS, , B",
            "TRIED_APPEAL_PERSONS,         , B",
            "MATTERS_CONCLUDED,            , E",
            "DAMAGE,                       , B",
            "RECOVERED,                    , AB",
            "LEVEL_AT_END,                1, A",
            "LEVEL_ADDED,                 1, A",
            "LEVEL_REMOVED,               1, ''",
            "LEVEL_AT_END,                2, B",
            "LEVEL_ADDED,                 2, B",
            "LEVEL_REMOVED,               2, AD",
            "LEVEL_AT_END,                3, CH",
            "LEVEL_ADDED,                 3, E",
            "LEVEL_REMOVED,               3, E",
            "DEADLINES_MET,                , BC",
            "DEADLINES_MISSED,             , CD"})
    void eachFiguresListShowsTheRecordsItCounts(String figure, Integer level, String expected) {
        Api specialist = as("specialist");
        String query = "/api/v1/records?size=200&figure=" + figure + (level == null ? "" : "&figureLevel=" + level)
                + "&figureFrom=2015-01-01&figureTo=2015-06-30";

        Api.Response page = specialist.get(query + "&q=" + marker);
        Api.Response all = specialist.get(query);

        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        StringBuilder listed = new StringBuilder();
        ids.forEach((name, id) -> page.body().get("content").forEach(row -> {
            if (row.get("id").asLong() == id) {
                listed.append(name);
            }
        }));
        char[] names = listed.toString().toCharArray();
        java.util.Arrays.sort(names);
        assertThat(new String(names)).isEqualTo(expected == null ? "" : expected);
        assertThat(page.body().get("page").get("totalElements").asLong()).isEqualTo(names.length);
        // the list's count is the figure's count of records, whatever earlier runs left in the period
        Long counted = recordsCounted(figuresOf("specialist"), RecordFilter.Figure.valueOf(figure), level);
        if (counted != null) {
            assertThat(all.body().get("page").get("totalElements").asLong()).isEqualTo(counted);
        }
    }

    /** The figure's count of records (cases, matters, records at a level, deadlines), or null for persons and money. */
    private static Long recordsCounted(RecordFigures f, RecordFilter.Figure figure, Integer level) {
        return switch (figure) {
            case INITIATED -> f.initiated().cases();
            case INDICTED -> f.indicted().cases();
            case FIRST_INSTANCE -> f.firstInstance().cases();
            case APPEAL -> f.appeal().cases();
            case MATTERS_CONCLUDED -> f.mattersConcluded();
            case LEVEL_AT_END -> f.levels().get(level - 1).atEnd();
            case LEVEL_ADDED -> f.levels().get(level - 1).added();
            case LEVEL_REMOVED -> f.levels().get(level - 1).removed();
            case DEADLINES_MET -> f.deadlinesMet();
            case DEADLINES_MISSED -> f.deadlinesMissed();
            default -> null;
        };
    }

    private RecordFigures figuresOf(String user) {
        return records.figures(users.loadUserByUsername(user), FROM, TO);
    }

    /** What the fixture added to the figures. */
    private static RecordFigures added(RecordFigures after, RecordFigures before) {
        List<LevelFigures> levels = new java.util.ArrayList<>();
        for (int i = 0; i < after.levels().size(); i++) {
            LevelFigures a = after.levels().get(i);
            LevelFigures b = before.levels().get(i);
            levels.add(new LevelFigures(a.level(), a.atEnd() - b.atEnd(), a.added() - b.added(),
                    a.removed() - b.removed()));
        }
        return new RecordFigures(minus(after.initiated(), before.initiated()), minus(after.indicted(), before.indicted()),
                minus(after.firstInstance(), before.firstInstance()), minus(after.appeal(), before.appeal()),
                after.mattersConcluded() - before.mattersConcluded(), after.damageVnd() - before.damageVnd(),
                after.recoveredVnd() - before.recoveredVnd(), levels, after.deadlinesMet() - before.deadlinesMet(),
                after.deadlinesMissed() - before.deadlinesMissed());
    }

    private static CasesAndPersons minus(CasesAndPersons after, CasesAndPersons before) {
        return new CasesAndPersons(after.cases() - before.cases(), after.persons() - before.persons());
    }

    @Test
    void theListPageSaysWhichFigureItShowsAndHowToLeaveIt() {
        WebSession web = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD);
        WebSession.Page page = web.get("/records?figure=INITIATED&figureFrom=2015-01-01&figureTo=2015-06-30&q=" + marker);

        assertThat(page.status()).isEqualTo(200);
        assertThat(WebSession.textOf(page.body(), "figure-title")).contains("Vụ án khởi tố từ 01/01/2015 đến 30/06/2015");
        assertThat(WebSession.textOf(page.body(), "record-count")).contains("1");
        assertThat(page.body()).contains(marker + " B").doesNotContain(marker + " A");
        assertThat(page.body()).contains("id=\"figure-remove\"");

        WebSession.Page level = web.get("/records?figure=LEVEL_AT_END&figureLevel=3&figureFrom=2015-01-01"
                + "&figureTo=2015-06-30&lang=en");
        assertThat(WebSession.textOf(level.body(), "figure-title")).contains("Records at oversight level 3 on 30/06/2015");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "figure=INITIATED&figureFrom=2015-01-01                          | figureTo",
            "figure=INITIATED&figureFrom=2015-07-01&figureTo=2015-06-30      | figureTo",
            "figure=LEVEL_AT_END&figureFrom=2015-01-01&figureTo=2015-06-30   | figureLevel",
            "figure=LEVEL_ADDED&figureLevel=4&figureFrom=2015-01-01&figureTo=2015-06-30 | figureLevel",
            "figure=INITIATED&figureLevel=1&figureFrom=2015-01-01&figureTo=2015-06-30 | figureLevel",
            "figureFrom=2015-01-01&figureTo=2015-06-30                        | figure",
            "figure=NOT_A_FIGURE&figureFrom=2015-01-01&figureTo=2015-06-30    | figure"})
    void aFigureWithoutItsPeriodOrLevelIsRefusedClearly(String query, String field) {
        Api.Response api = as("specialist").get("/api/v1/records?" + query);
        WebSession.Page page = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD)
                .get("/records?" + query);

        assertThat(api.status()).as(api.raw().body()).isEqualTo(400);
        assertThat(api.raw().body()).contains("\"field\":\"" + field + "\"");
        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void aPersonsDatesAreFactsInTheProceduresOrder() {
        Api leader = as("leader");
        long b = ids.get("B");

        Api.Response reversed = leader.post("/api/v1/records/" + b + "/persons",
                personBody("X1", "2015-03-01", "2015-02-01", null, null));
        Api.Response future = leader.post("/api/v1/records/" + b + "/persons",
                personBody("X2", LocalDate.now().plusDays(3).toString(), null, null, null));
        Api.Response tooEarly = leader.post("/api/v1/records/" + b + "/persons",
                personBody("X3", null, null, "1970-05-01", null));
        Api.Response appealFirst = leader.post("/api/v1/records/" + b + "/persons",
                personBody("X4", null, null, "2015-04-03", "2015-04-02"));

        assertThat(reversed.status()).as(reversed.raw().body()).isEqualTo(422);
        assertThat(reversed.body().get("code").asString()).isEqualTo("record.person.indictedOn.beforeEarlier");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.raw().body()).contains("\"field\":\"chargedOn\"");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.raw().body()).contains("\"field\":\"triedFirstInstanceOn\"");
        assertThat(appealFirst.status()).isEqualTo(422);
        assertThat(appealFirst.body().get("code").asString()).isEqualTo("record.person.triedAppealOn.beforeEarlier");
        assertThat(jdbc.queryForObject("select count(*) from record_person where record_id = ? and full_name like 'X%'",
                Long.class, b)).isZero();
    }

    @Test
    void aPersonsDatesAreReadBackChangedAndAudited() {
        Api leader = as("leader");
        long a = ids.get("A");
        JsonNode p1 = personNamed(leader.get("/api/v1/records/" + a).body(), "P1");
        assertThat(p1.get("chargedOn").asString()).isEqualTo("2015-03-10");
        assertThat(p1.get("indictedOn").isNull()).isTrue();

        Map<String, Object> changed = personBody("P1", "2015-03-10", "2015-09-01", null, null);
        changed.put("version", p1.get("version").asLong());
        Api.Response updated = leader.put("/api/v1/records/" + a + "/persons/" + p1.get("id").asLong(), changed);

        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
        assertThat(personNamed(updated.body(), "P1").get("indictedOn").asString()).isEqualTo("2015-09-01");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_PERSON_UPDATED'"
                + " and target_id = ? and details like '%indictedOn%2015-09-01%'", Long.class, String.valueOf(a)))
                .isEqualTo(1);
    }

    private static JsonNode personNamed(JsonNode record, String suffix) {
        for (JsonNode p : record.get("persons")) {
            if (p.get("fullName").asString().endsWith(suffix)) {
                return p;
            }
        }
        throw new AssertionError("no person " + suffix);
    }

    private long record(Api api, String name, String kind, Integer level, String since, String classification) {
        Map<String, Object> body = RecordFixtures.record("Hồ sơ " + marker + " " + name, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of("BCA-C03"), classification, List.of());
        body.put("kind", kind);
        body.put("oversightLevel", level);
        body.put("monitoredSince", since);
        if (!"CASE".equals(kind)) {
            body.remove("severity");
        }
        return RecordFixtures.create(api, body).get("id").asLong();
    }

    private static Map<String, Object> eventBody(String type, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("date", date);
        return body;
    }

    private static void event(Api api, long id, String type, String date) {
        RecordFixtures.addEvent(api, id, eventBody(type, date));
    }

    private static void level(Api api, long id, Integer level, String decidedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("oversightLevel", level);
        body.put("decidedOn", decidedOn);
        Api.Response changed = api.post("/api/v1/records/" + id + "/level", body);
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    }

    private Map<String, Object> personBody(String name, String charged, String indicted, String firstInstance,
            String appeal) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Nguyễn Văn " + marker + " " + name);
        body.put("proceduralRole", appeal != null || firstInstance != null ? "DEFENDANT" : "SUSPECT");
        body.put("chargedOn", charged);
        body.put("indictedOn", indicted);
        body.put("triedFirstInstanceOn", firstInstance);
        body.put("triedAppealOn", appeal);
        return body;
    }

    private void person(Api api, long id, String name, String charged, String indicted, String firstInstance,
            String appeal) {
        Api.Response added = api.post("/api/v1/records/" + id + "/persons",
                personBody(name, charged, indicted, firstInstance, appeal));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    }

    private static void money(Api api, long id, String kind, long amount, String asOf) {
        Api.Response added = api.post("/api/v1/records/" + id + "/money",
                Map.of("kind", kind, "amountVnd", amount, "asOf", asOf));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    }
}
