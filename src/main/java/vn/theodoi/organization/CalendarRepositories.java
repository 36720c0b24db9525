package vn.theodoi.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByCalendarYearOrderByDay(int year);

    boolean existsByDay(LocalDate day);

    boolean existsByCalendarYearAndCategory(int year, CalendarDayCategory category);
}

interface FixedHolidayRepository extends JpaRepository<FixedHoliday, Long> {

    List<FixedHoliday> findAllByOrderByMonthOfYearAscDayOfMonthAsc();
}
