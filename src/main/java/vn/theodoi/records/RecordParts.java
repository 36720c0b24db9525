package vn.theodoi.records;

import java.time.Instant;
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

/** The parts of a record that are lists of their own: persons, money, milestones, obstacles, notes, histories. */
final class RecordParts {

    private RecordParts() {
    }

    /** A suspect, defendant or other person of the record. */
    @Entity
    @Table(name = "record_person")
    static class Person {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Column(name = "full_name", nullable = false) String fullName;
        @Enumerated(EnumType.STRING) @Column(name = "procedural_role", nullable = false) ProceduralRole proceduralRole;
        String position;
        @Column(name = "organization_name") String organizationName;
        @Column(name = "party_member", nullable = false) boolean partyMember;
        /** Cán bộ diện Trung ương quản lý. */
        @Column(name = "central_cadre", nullable = false) boolean centralCadre;
        @Version long version;

        public Long getId() { return id; }
        public String getFullName() { return fullName; }
        public ProceduralRole getProceduralRole() { return proceduralRole; }
        public String getPosition() { return position; }
        public String getOrganizationName() { return organizationName; }
        public boolean isPartyMember() { return partyMember; }
        public boolean isCentralCadre() { return centralCadre; }
        public long getVersion() { return version; }
    }

    @Entity
    @Table(name = "record_money")
    static class Money {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Enumerated(EnumType.STRING) @Column(nullable = false) MoneyKind kind;
        @Column(name = "amount_vnd", nullable = false) long amountVnd;
        @Column(name = "as_of", nullable = false) LocalDate asOf;
        String note;

        public Long getId() { return id; }
        public MoneyKind getKind() { return kind; }
        public long getAmountVnd() { return amountVnd; }
        public LocalDate getAsOf() { return asOf; }
        public String getNote() { return note; }
    }

    @Entity
    @Table(name = "record_milestone")
    static class Milestone {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Column(nullable = false) String description;
        @Column(name = "target_date", nullable = false) LocalDate targetDate;
        @Column(name = "directed_by") String directedBy;
        @Column(name = "achieved_on") LocalDate achievedOn;
        @Version long version;

        public Long getId() { return id; }
        public String getDescription() { return description; }
        public LocalDate getTargetDate() { return targetDate; }
        public String getDirectedBy() { return directedBy; }
        public LocalDate getAchievedOn() { return achievedOn; }
        public long getVersion() { return version; }

        public boolean isMissed(LocalDate today) {
            return achievedOn == null ? today.isAfter(targetDate) : achievedOn.isAfter(targetDate);
        }
    }

    @Entity
    @Table(name = "record_obstacle")
    static class Obstacle {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Column(nullable = false) String description;
        @Column(name = "raised_on", nullable = false) LocalDate raisedOn;
        String resolution;
        @Column(name = "resolved_on") LocalDate resolvedOn;
        @Version long version;

        public Long getId() { return id; }
        public String getDescription() { return description; }
        public LocalDate getRaisedOn() { return raisedOn; }
        public String getResolution() { return resolution; }
        public LocalDate getResolvedOn() { return resolvedOn; }
        public long getVersion() { return version; }
    }

    @Entity
    @Table(name = "record_note")
    static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Column(nullable = false) String body;
        @Column(name = "written_by", nullable = false) String writtenBy;
        @Column(name = "written_at", nullable = false) Instant writtenAt;

        public Long getId() { return id; }
        public String getBody() { return body; }
        public String getWrittenBy() { return writtenBy; }
        public Instant getWrittenAt() { return writtenAt; }
    }

    /** Put under monitoring, moved to another level, or taken out (level null). */
    @Entity
    @Table(name = "record_level_change")
    static class LevelChange {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Column(name = "oversight_level") Integer oversightLevel;
        @Column(name = "decided_on", nullable = false) LocalDate decidedOn;
        @Column(name = "decision_ref") String decisionRef;
        String note;
        @Column(name = "recorded_by", nullable = false) String recordedBy;
        @Column(name = "recorded_at", nullable = false) Instant recordedAt;

        public Long getId() { return id; }
        public Integer getOversightLevel() { return oversightLevel; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public String getDecisionRef() { return decisionRef; }
        public String getNote() { return note; }
        public String getRecordedBy() { return recordedBy; }
    }

    /** A matter turned into a case (or a crime report into a case): one record, one history. */
    @Entity
    @Table(name = "record_kind_change")
    static class KindChange {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "record_id", nullable = false, updatable = false) Long recordId;
        @Enumerated(EnumType.STRING) @Column(name = "from_kind", nullable = false) RecordKind fromKind;
        @Enumerated(EnumType.STRING) @Column(name = "to_kind", nullable = false) RecordKind toKind;
        @Column(name = "changed_on", nullable = false) LocalDate changedOn;
        String note;
        @Column(name = "recorded_by", nullable = false) String recordedBy;
        @Column(name = "recorded_at", nullable = false) Instant recordedAt;

        public Long getId() { return id; }
        public RecordKind getFromKind() { return fromKind; }
        public RecordKind getToKind() { return toKind; }
        public LocalDate getChangedOn() { return changedOn; }
        public String getNote() { return note; }
        public String getRecordedBy() { return recordedBy; }
    }
}
