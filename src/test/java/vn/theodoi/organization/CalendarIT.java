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
        int year = 2100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800);
        String day = year + "-02-04";
        Api.Response added = admin.post("/api/v1/calendar/days", Map.of("day", day, "kind", "HOLIDAY",
                "category", "LUNAR", "name", "Tết Nguyên đán " + year));

        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        assertThat(calendar.snapshot().isDayOff(LocalDate.of(year, 2, 4))).isTrue();
        assertThat(admin.get("/api/v1/calendar/" + year).body().get("lunarHolidaysEntered").asBoolean()).isTrue();
        assertThat(admin.post("/api/v1/calendar/days", Map.of("day", day, "kind", "HOLIDAY",
                "category", "LUNAR", "name", "Trùng")).status()).isEqualTo(422);
    }

    @Test
    void nextYearWithoutLunarHolidaysIsFlagged() {
        int next = calendar.nextYear();
        boolean entered = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD).get("/api/v1/calendar/" + next)
                .body().get("lunarHolidaysEntered").asBoolean();

        assertThat(calendar.nextYearLacksLunarHolidays()).isEqualTo(!entered);
    }
}
