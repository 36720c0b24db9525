package vn.theodoi.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of the agenda (nội dung phiên họp), which may discuss a record. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    int position;
    @Column(nullable = false)
    String title;
    @Column(name = "record_id")
    Long recordId;

    protected AgendaItem() {
    }

    AgendaItem(int position, String title, Long recordId) {
        this.position = position;
        this.title = title;
        this.recordId = recordId;
    }

    public Long id() { return id; }
    public int position() { return position; }
    public String title() { return title; }
    public Long recordId() { return recordId; }
}
