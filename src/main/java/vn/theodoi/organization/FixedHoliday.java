package vn.theodoi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holiday on the same date every year (Labor Code 2019, Art. 112). */
@Entity
@Table(name = "fixed_holiday")
public class FixedHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "month_of_year", nullable = false)
    private int monthOfYear;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(nullable = false)
    private String name;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected FixedHoliday() {
    }

    public Long getId() { return id; }
    public int getMonthOfYear() { return monthOfYear; }
    public int getDayOfMonth() { return dayOfMonth; }
    public String getName() { return name; }
    public String getLegalBasis() { return legalBasis; }
}
