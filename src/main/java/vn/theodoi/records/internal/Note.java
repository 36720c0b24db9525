package vn.theodoi.records.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.theodoi.shared.VietnameseText;

/** A note on the record's progress, by whoever follows it. */
@Entity
@Table(name = "record_note")
class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String body;
    @Column(name = "written_by", nullable = false)
    String writtenBy;
    @Column(name = "written_at", nullable = false)
    Instant writtenAt;
    /** The body's {@link VietnameseText#searchKey}, for the one search. */
    @Column(name = "search_text", nullable = false)
    String searchText;

    protected Note() {
    }

    Note(String body, String writtenBy, Instant writtenAt) {
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.searchText = VietnameseText.searchKey(body);
    }
}
