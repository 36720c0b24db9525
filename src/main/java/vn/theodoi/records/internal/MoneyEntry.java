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
import vn.theodoi.records.MoneyKind;

/** An amount in VND established on a day: damage (thiệt hại), seized or frozen, recovered (thu hồi). */
@Entity
@Table(name = "record_money")
class MoneyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MoneyKind kind;
    @Column(name = "amount_vnd", nullable = false)
    long amountVnd;
    @Column(name = "as_of", nullable = false)
    LocalDate asOf;
    String note;

    protected MoneyEntry() {
    }

    MoneyEntry(MoneyKind kind, long amountVnd, LocalDate asOf, String note) {
        this.kind = kind;
        this.amountVnd = amountVnd;
        this.asOf = asOf;
        this.note = note;
    }
}
