package vn.theodoi.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The working-day calendar exactly as the migrations seed it, read from an embedded database migrated by Flyway:
 * tests that count through an old Tết take its days from the seeded data, not from a list typed in the test.
 * Reads it the way the organization module does (an entry of the year decides the day; a worked Saturday is a
 * working day; fixed holidays recur every year; Saturdays and Sundays are off).
 */
final class SeededCalendar {

    private static DayOffCalendar calendar;

    private SeededCalendar() {
    }

    static synchronized DayOffCalendar load() {
        if (calendar == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:seeded_calendar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(h2);
            Map<MonthDay, String> fixed = new HashMap<>();
            jdbc.query("select month_of_year, day_of_month, name from fixed_holiday",
                    rs -> { fixed.put(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getString(3)); });
            Map<LocalDate, String> kinds = new HashMap<>();
            Map<LocalDate, String> names = new HashMap<>();
            Set<Integer> lunarYears = new HashSet<>();
            jdbc.query("select calendar_date, kind, category, name, calendar_year from calendar_day", rs -> {
                LocalDate day = rs.getObject(1, LocalDate.class);
                kinds.put(day, rs.getString(2));
                names.put(day, rs.getString(4));
                if ("LUNAR".equals(rs.getString(3))) {
                    lunarYears.add(rs.getInt(5));
                }
            });
            calendar = DayOffCalendar.of(day -> {
                String kind = kinds.get(day);
                if (kind != null) {
                    return !kind.equals("SWAP_WORKING_DAY");
                }
                return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || fixed.containsKey(MonthDay.from(day));
            }, day -> names.containsKey(day) ? names.get(day) : fixed.get(MonthDay.from(day)), lunarYears::contains);
        }
        return calendar;
    }
}
