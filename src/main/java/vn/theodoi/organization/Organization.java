package vn.theodoi.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.shared.VietnameseText;

/** A node of the organization tree. Historical ones (a merged province's committee) are inactive and point to their successor. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_kind")
    private AgencyKind agencyKind;

    /** PROVINCIAL or HIGH for courts: the appeal time limit depends on it. */
    @Column(name = "court_level")
    private String courtLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Organization successor;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {
    }

    Organization(String code, String name, OrganizationType type) {
        this.code = code;
        rename(name, null);
        this.type = type;
    }

    void rename(String name, String shortName) {
        this.name = VietnameseText.clean(name);
        this.shortName = VietnameseText.clean(shortName);
    }

    void classify(OrganizationType type, AgencyKind agencyKind, String courtLevel) {
        this.type = type;
        this.agencyKind = type == OrganizationType.AGENCY ? agencyKind : null;
        this.courtLevel = agencyKind == AgencyKind.COURT ? courtLevel : null;
    }

    void place(Organization parent, String provinceCode) {
        this.parent = parent;
        this.provinceCode = provinceCode;
    }

    /** A historical organization is inactive; its successor carries its work on. */
    void setStatus(boolean active, Organization successor) {
        this.successor = successor;
        this.active = active && successor == null;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public OrganizationType getType() { return type; }
    public AgencyKind getAgencyKind() { return agencyKind; }
    public String getCourtLevel() { return courtLevel; }
    public Organization getParent() { return parent; }
    public String getProvinceCode() { return provinceCode; }
    public boolean isActive() { return active; }
    public Organization getSuccessor() { return successor; }
    public int getSortOrder() { return sortOrder; }
    public long getVersion() { return version; }

    /** The name people read in lists: the short name where there is one. */
    public String getDisplayName() {
        return shortName != null ? shortName : name;
    }
}
