package vn.theodoi.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One day of one year's calendar as the Government announced it: a holiday or a day swap. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayCategory category;

    @Column(nullable = false)
    private String name;

    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;

    @Version
    private long version;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, CalendarDayKind kind, CalendarDayCategory category, String name) {
        this.day = day;
        this.kind = kind;
        this.category = category;
        this.name = name;
        this.calendarYear = day.getYear();
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public CalendarDayKind getKind() { return kind; }
    public CalendarDayCategory getCategory() { return category; }
    public String getName() { return name; }
    public int getCalendarYear() { return calendarYear; }
}
