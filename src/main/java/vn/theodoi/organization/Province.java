package vn.theodoi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương): one of the 34 in force
 * since 1 July 2025, or one of the 63 earlier ones, which points to its successor.
 */
@Entity
@Table(name = "province")
public class Province {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean current;

    @Column(name = "successor_code")
    private String successorCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Province() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isCurrent() { return current; }
    public String getSuccessorCode() { return successorCode; }
    public int getSortOrder() { return sortOrder; }
}
