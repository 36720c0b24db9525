package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * Issue 8 through the API: histories a lawyer would enter, read back with their deadlines and how each date was
 * reached, counted on the calendar the migrations seed. Every date is in the past and counted by hand from the
 * Criminal Procedure Code 2015 and the announced holidays of 2024.
 */
@IntegrationTest
class DeadlineHistoriesIT {

    @LocalServerPort
    int port;

    private Api specialist() {
        return new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
    }

    private long record(Api api, String kind, String severity) {
        Map<String, Object> body = new HashMap<>(RecordFixtures.record("Hồ sơ thời hạn " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
        body.put("kind", kind);
        body.put("severity", severity);
        return RecordFixtures.create(api, body).get("id").asLong();
    }

    private static Map<String, Object> event(String type, String date) {
        // an extension names the body that granted it: the procuracy, or the investigators for a report's prolongation
        return type.endsWith("_EXTENDED") ? Map.of("type", type, "date", date, "grantedBy",
                type.startsWith("TRIAL") ? "TATC" : "VKSTC") : Map.of("type", type, "date", date);
    }

    private static JsonNode limit(JsonNode record, String stage) {
        for (JsonNode l : record.get("deadlines")) {
            if (l.get("stage").asString().equals(stage)) {
                return l;
            }
        }
        throw new AssertionError("no " + stage + " limit in " + record.get("deadlines"));
    }

    /**
     * Art. 147(2): received Tuesday 2 January 2024, prolonged to 2 months from receipt (Saturday 2 March, moved
     * to Monday 4; the request to the procuracy due 5 days before, 28 February), then extended by the procuracy
     * by 2 months from the unmoved 2 March: Thursday 2 May 2024. The case initiated on 20 March ends it on time.
     */
    @Test
    void aReportProlongedToTheMaximumThenExtendedThenACase() {
        Api api = specialist();
        long id = record(api, "CRIME_REPORT", "SERIOUS");
        RecordFixtures.addEvent(api, id, event("REPORT_RECEIVED", "2024-01-02"));
        JsonNode prolonged = RecordFixtures.addEvent(api, id, event("REPORT_VERIFICATION_EXTENDED", "2024-01-15"));
        assertThat(limit(prolonged, "REPORT_VERIFICATION").get("dueDate").asString()).isEqualTo("2024-03-04");
        assertThat(limit(prolonged, "REPORT_VERIFICATION").get("lastDayToRequestExtension").asString())
                .isEqualTo("2024-02-28");

        JsonNode extended = RecordFixtures.addEvent(api, id, event("REPORT_VERIFICATION_EXTENDED", "2024-02-28"));
        JsonNode report = limit(extended, "REPORT_VERIFICATION");
        assertThat(report.get("dueDate").asString()).isEqualTo("2024-05-02");
        assertThat(report.get("extensionsUsed").asInt()).isEqualTo(2);
        assertThat(report.get("extensionsLeft").asInt()).isZero();
        assertThat(report.get("code").asString()).isEqualTo("BLTTHS_2015");
        JsonNode derivation = report.get("derivation");
        assertThat(derivation.get("rule").get("article").asString()).contains("Điều 147");
        assertThat(derivation.get("steps").findValuesAsString("kind"))
                .containsExactly("BASE_PERIOD", "EXTENSION", "DAY_OFF_SHIFT", "EXTENSION");

        JsonNode converted = RecordFixtures.addEvent(api, id, event("CASE_INITIATED", "2024-03-20"));
        assertThat(converted.get("kind").asString()).isEqualTo("CASE");
        assertThat(converted.get("stage").asString()).isEqualTo("INVESTIGATION");
        assertThat(limit(converted, "REPORT_VERIFICATION").get("status").asString()).isEqualTo("MET");
        assertThat(limit(converted, "INVESTIGATION").get("dueDate").asString())
                .as("serious: 3 months from 20 March 2024").isEqualTo("2024-06-20");
    }

    /**
     * Art. 172(2): very serious, initiated Tuesday 2 January 2024, due Thursday 2 May. An extension dated 3 May is
     * refused; one entered late (after the conclusion of 3 June) but dated 15 April is accepted, and the
     * investigation then ran to 2 September 2024, National Day, and its second day: Wednesday 4 September.
     */
    @Test
    void aLateExtensionIsRefusedAndALateEntryAccepted() {
        Api api = specialist();
        long id = record(api, "CASE", "VERY_SERIOUS");
        RecordFixtures.addEvent(api, id, event("CASE_INITIATED", "2024-01-02"));
        Api.Response late = api.post("/api/v1/records/" + id + "/events", event("INVESTIGATION_EXTENDED", "2024-05-03"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body().get("code").asString()).isEqualTo("deadline.extension.afterLimitEnded");
        assertThat(late.body().get("detail").asString()).contains("2024-05-02").doesNotContain("INVESTIGATION");

        JsonNode concluded = RecordFixtures.addEvent(api, id, event("INVESTIGATION_CONCLUDED", "2024-06-03"));
        assertThat(limit(concluded, "INVESTIGATION").get("status").asString()).isEqualTo("MISSED");
        JsonNode entered = RecordFixtures.addEvent(api, id, event("INVESTIGATION_EXTENDED", "2024-04-15"));
        JsonNode investigation = limit(entered, "INVESTIGATION");
        assertThat(investigation.get("dueDate").asString()).isEqualTo("2024-09-04");
        assertThat(investigation.get("status").asString()).isEqualTo("MET");
        assertThat(entered.get("stage").asString()).isEqualTo("PROSECUTION");
    }

    /**
     * Art. 277(2), 297: the trial decided Monday 1 July 2024 (open by 16 July), opened 15 July, postponed 22 July
     * (resume by 21 August), resumed on day 29 (20 August), judgment in September: both limits met.
     */
    @Test
    void aPostponedHearingResumedOnDay29() {
        Api api = specialist();
        long id = record(api, "CASE", "SERIOUS");
        for (String[] e : new String[][] {{"CASE_INITIATED", "2024-01-02"}, {"INVESTIGATION_CONCLUDED", "2024-03-01"},
                {"INDICTED", "2024-03-15"}, {"FILE_RECEIVED_BY_COURT", "2024-05-20"}, {"TRIAL_DECIDED", "2024-07-01"},
                {"TRIAL_OPENED", "2024-07-15"}, {"TRIAL_POSTPONED", "2024-07-22"}, {"TRIAL_OPENED", "2024-08-20"}}) {
            RecordFixtures.addEvent(api, id, event(e[0], e[1]));
        }
        JsonNode judged = RecordFixtures.addEvent(api, id, event("FIRST_INSTANCE_JUDGMENT", "2024-09-20"));
        assertThat(judged.get("stage").asString()).isEqualTo("FIRST_INSTANCE_JUDGED");
        assertThat(limit(judged, "TRIAL_OPENING").get("dueDate").asString()).isEqualTo("2024-07-16");
        assertThat(limit(judged, "TRIAL_OPENING").get("status").asString()).isEqualTo("MET");
        assertThat(limit(judged, "TRIAL_OPENING").get("flags").size()).isZero();
        assertThat(limit(judged, "TRIAL_POSTPONED").get("dueDate").asString()).isEqualTo("2024-08-21");
        assertThat(limit(judged, "TRIAL_POSTPONED").get("status").asString()).isEqualTo("MET");
    }

    /** Art. 174(2), 280: the presiding judge returns a file once; the second return is refused with the reason. */
    @Test
    void thePresidingJudgesSecondReturnIsRefused() {
        Api api = specialist();
        long id = record(api, "CASE", "SERIOUS");
        for (String[] e : new String[][] {{"CASE_INITIATED", "2024-01-02"}, {"INVESTIGATION_CONCLUDED", "2024-03-01"},
                {"INDICTED", "2024-03-15"}, {"FILE_RECEIVED_BY_COURT", "2024-04-01"}}) {
            RecordFixtures.addEvent(api, id, event(e[0], e[1]));
        }
        Map<String, Object> courtReturn = new HashMap<>(event("RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION", "2024-04-20"));
        courtReturn.put("returnedBy", "COURT");
        RecordFixtures.addEvent(api, id, courtReturn);
        RecordFixtures.addEvent(api, id, event("INVESTIGATION_CONCLUDED", "2024-05-15"));
        RecordFixtures.addEvent(api, id, event("INDICTED", "2024-05-25"));
        JsonNode back = RecordFixtures.addEvent(api, id, event("FILE_RECEIVED_BY_COURT", "2024-06-03"));
        assertThat(back.get("deadlines").get(back.get("deadlines").size() - 1).get("dueDate").asString())
                .as("Art. 277(1): 15 days for a returned file").isEqualTo("2024-06-18");

        courtReturn.put("date", "2024-06-10");
        Api.Response again = api.post("/api/v1/records/" + id + "/events", courtReturn);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("code").asString()).isEqualTo("deadline.return.courtActorLimitReached");
    }

    /**
     * Art. 172(1), 134: a less serious case initiated 12 December 2023; 2 months end Monday 12 February 2024, in
     * Tết Giáp Thìn (off 8 to 14 February): the last day is Thursday 15 February, and the derivation names the
     * days off from the seeded calendar.
     */
    @Test
    void aLimitThroughTet2024() {
        Api api = specialist();
        long id = record(api, "CASE", "LESS_SERIOUS");
        JsonNode initiated = RecordFixtures.addEvent(api, id, event("CASE_INITIATED", "2023-12-12"));
        JsonNode investigation = limit(initiated, "INVESTIGATION");
        assertThat(investigation.get("dueDate").asString()).isEqualTo("2024-02-15");
        JsonNode shift = investigation.get("derivation").get("steps").get(1);
        assertThat(shift.get("kind").asString()).isEqualTo("DAY_OFF_SHIFT");
        assertThat(shift.get("daysOff").findValuesAsString("date")).containsExactly("2024-02-12", "2024-02-13",
                "2024-02-14");
        assertThat(shift.get("daysOff").get(0).get("name").asString()).contains("Giáp Thìn");
    }

    /** Law 81/2025/QH15: no high court receives an appeal file from 1 July 2025. */
    @Test
    void aHighCourtAfter1July2025IsRefused() {
        Api api = specialist();
        long id = record(api, "CASE", "SERIOUS");
        for (String[] e : new String[][] {{"CASE_INITIATED", "2024-01-02"}, {"INVESTIGATION_CONCLUDED", "2024-03-01"},
                {"INDICTED", "2024-03-15"}, {"FILE_RECEIVED_BY_COURT", "2024-04-01"}, {"TRIAL_DECIDED", "2024-05-02"},
                {"TRIAL_OPENED", "2024-05-10"}, {"FIRST_INSTANCE_JUDGMENT", "2025-06-01"}, {"APPEAL_FILED", "2025-06-10"}}) {
            RecordFixtures.addEvent(api, id, event(e[0], e[1]));
        }
        Map<String, Object> received = new HashMap<>(event("APPEAL_FILE_RECEIVED", "2025-08-01"));
        received.put("courtLevel", "HIGH");
        Api.Response high = api.post("/api/v1/records/" + id + "/events", received);
        assertThat(high.status()).isEqualTo(422);
        assertThat(high.body().get("code").asString()).isEqualTo("deadline.appeal.courtLevelNotInForce");
        received.put("courtLevel", "SUPREME");
        JsonNode supreme = RecordFixtures.addEvent(api, id, received);
        assertThat(limit(supreme, "APPEAL_PREPARATION").get("dueDate").asString())
                .as("90 days from 1 August 2025").isEqualTo("2025-10-30");
    }
}
