package vn.theodoi.records.internal;

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
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;

/** A suspect (bị can), defendant (bị cáo) or other person of a record. */
@Entity
@Table(name = "record_person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "procedural_role", nullable = false)
    ProceduralRole proceduralRole;
    String position;
    @Column(name = "organization_name")
    String organizationName;
    /** Name, position and organization as a {@link VietnameseText#searchKey}, for the one search. */
    @Column(name = "search_text", nullable = false)
    String searchText;
    @Column(name = "party_member", nullable = false)
    boolean partyMember;
    /** Cán bộ diện Trung ương quản lý. */
    @Column(name = "central_cadre", nullable = false)
    boolean centralCadre;
    /** Ngày khởi tố bị can. */
    @Column(name = "charged_on")
    LocalDate chargedOn;
    /** Ngày truy tố. */
    @Column(name = "indicted_on")
    LocalDate indictedOn;
    /** Ngày xét xử sơ thẩm. */
    @Column(name = "tried_first_instance_on")
    LocalDate triedFirstInstanceOn;
    /** Ngày xét xử phúc thẩm. */
    @Column(name = "tried_appeal_on")
    LocalDate triedAppealOn;
    @Version
    long version;

    protected Person() {
    }

    Person(PersonForm form) {
        describe(form);
    }

    final void describe(PersonForm form) {
        inProceduralOrder(form);
        fullName = VietnameseText.clean(form.fullName());
        proceduralRole = form.proceduralRole();
        position = VietnameseText.clean(form.position());
        organizationName = VietnameseText.clean(form.organizationName());
        searchText = VietnameseText.searchKey(String.join(" ", fullName, position == null ? "" : position,
                organizationName == null ? "" : organizationName));
        partyMember = Boolean.TRUE.equals(form.partyMember());
        centralCadre = Boolean.TRUE.equals(form.centralCadre());
        chargedOn = form.chargedOn();
        indictedOn = form.indictedOn();
        triedFirstInstanceOn = form.triedFirstInstanceOn();
        triedAppealOn = form.triedAppealOn();
    }

    /**
     * A person is charged, then indicted, then tried at first instance, then on appeal: a date before any
     * earlier step's date is refused (steps left empty are skipped; the same day is allowed).
     */
    static void inProceduralOrder(PersonForm form) {
        LocalDate latest = form.chargedOn();
        latest = notBefore(latest, form.indictedOn(), "record.person.indictedOn.beforeEarlier");
        latest = notBefore(latest, form.triedFirstInstanceOn(), "record.person.triedFirstInstanceOn.beforeEarlier");
        notBefore(latest, form.triedAppealOn(), "record.person.triedAppealOn.beforeEarlier");
    }

    private static LocalDate notBefore(LocalDate earlier, LocalDate date, String refusal) {
        if (date == null) {
            return earlier;
        }
        if (earlier != null && date.isBefore(earlier)) {
            throw new DomainRuleViolation(refusal);
        }
        return date;
    }
}
