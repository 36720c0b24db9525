package vn.theodoi.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.meetings.MeetingCommands.AgendaItemForm;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.meetings.MeetingCommands.DocumentStateForm;
import vn.theodoi.meetings.internal.MeetingReading;
import vn.theodoi.meetings.internal.MeetingWriting;

/**
 * Sessions and standing members' meetings: the module's public face. Every method takes the
 * person acting and answers only within what the visibility policy lets them see.
 */
@Service
public class Meetings {

    private final MeetingReading reading;
    private final MeetingWriting writing;

    Meetings(MeetingReading reading, MeetingWriting writing) {
        this.reading = reading;
        this.writing = writing;
    }

    public Page<MeetingSummary> list(TheodoiUser user, MeetingType type, Pageable pageable) {
        return reading.list(user, type, pageable);
    }

    /** The sessions the person may see, latest first: the choices of "since session N". */
    public List<MeetingSummary> sessions(TheodoiUser user) {
        return reading.sessions(user);
    }

    public MeetingView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    public SinceSession since(TheodoiUser user, int sessionNumber, int listSize) {
        return reading.since(user, sessionNumber, listSize);
    }

    /** Documents not yet approved, due on or before {@code until}, that one of {@code ownUnits} prepares. */
    public List<DocumentDue> documentsDueFor(TheodoiUser person, java.util.Collection<Long> ownUnits, LocalDate until,
            int limit) {
        return reading.documentsDueFor(person, ownUnits, until, limit);
    }

    public boolean mayCreate(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    public Long create(TheodoiUser user, MeetingForm form) {
        return writing.create(user, form);
    }

    public void addAgendaItem(TheodoiUser user, Long id, AgendaItemForm form) {
        writing.addAgendaItem(user, id, form);
    }

    public void addDocument(TheodoiUser user, Long id, DocumentForm form) {
        writing.addDocument(user, id, form);
    }

    public void moveDocument(TheodoiUser user, Long id, Long documentId, DocumentStateForm form) {
        writing.moveDocument(user, id, documentId, form);
    }

    /** Records the conclusion; each requirement becomes a task. Returns the tasks' ids, in the requirements' order. */
    public List<Long> recordConclusion(TheodoiUser user, Long id, ConclusionForm form) {
        return writing.recordConclusion(user, id, form);
    }
}
