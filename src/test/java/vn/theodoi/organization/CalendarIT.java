package vn.theodoi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

@IntegrationTest
class CalendarIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void seededHolidaysAndSwapsCountAsDaysOffAndAnAdministratorAddsMore() {
        WorkingDays days = calendar.snapshot();
        assertThat(days.isDayOff(LocalDate.of(2026, 9, 2))).as("National Day").isTrue();
        assertThat(days.isDayOff(LocalDate.of(2026, 4, 27))).as("Hung Kings' day off 2026").isTrue();

        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        // A calendar day is at most 10 years ahead (@PlausibleDate): a working day 5 to 9 years
        // ahead, removed at the end so that the shared calendar is as it was.
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        LocalDate date;
        Api.Response added;
        do {
            do {
                date = LocalDate.now().plusYears(5 + random.nextInt(4)).withDayOfYear(1 + random.nextInt(360));
            } while (calendar.snapshot().isDayOff(date));
            added = admin.post("/api/v1/calendar/days", Map.of("day", date.toString(), "kind", "HOLIDAY",
                    "category", "LUNAR", "name", "Tết Nguyên đán " + date.getYear()));
        } while (added.status() == 422);
        try {
            assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
            assertThat(calendar.snapshot().isDayOff(date)).isTrue();
            assertThat(admin.get("/api/v1/calendar/" + date.getYear()).body().get("lunarHolidaysEntered").asBoolean())
                    .isTrue();
            assertThat(admin.post("/api/v1/calendar/days", Map.of("day", date.toString(), "kind", "HOLIDAY",
                    "category", "LUNAR", "name", "Trùng")).status()).isEqualTo(422);
            assertThat(admin.post("/api/v1/calendar/days", Map.of("day", LocalDate.now().plusYears(11).toString(),
                    "kind", "HOLIDAY", "category", "LUNAR", "name", "Quá xa")).status()).as("more than 10 years ahead")
                    .isEqualTo(400);
        } finally {
            admin.delete("/api/v1/calendar/days/" + added.body().get("id").asLong());
        }
        assertThat(calendar.snapshot().isDayOff(date)).isFalse();
    }

    @Test
    void nextYearWithoutLunarHolidaysIsFlagged() {
        int next = calendar.nextYear();
        boolean entered = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD).get("/api/v1/calendar/" + next)
                .body().get("lunarHolidaysEntered").asBoolean();

        assertThat(calendar.nextYearLacksLunarHolidays()).isEqualTo(!entered);
    }
}
