package vn.theodoi.records.internal;

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
    @Column(name = "party_member", nullable = false)
    boolean partyMember;
    /** Cán bộ diện Trung ương quản lý. */
    @Column(name = "central_cadre", nullable = false)
    boolean centralCadre;
    @Version
    long version;

    protected Person() {
    }

    Person(PersonForm form) {
        describe(form);
    }

    final void describe(PersonForm form) {
        fullName = VietnameseText.clean(form.fullName());
        proceduralRole = form.proceduralRole();
        position = VietnameseText.clean(form.position());
        organizationName = VietnameseText.clean(form.organizationName());
        partyMember = Boolean.TRUE.equals(form.partyMember());
        centralCadre = Boolean.TRUE.equals(form.centralCadre());
    }
}
