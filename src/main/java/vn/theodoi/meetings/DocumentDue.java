package vn.theodoi.meetings;

import java.time.LocalDate;

/** A document still to prepare for a meeting, as a reminder names it. */
public record DocumentDue(Long meetingId, MeetingType meetingType, Integer meetingNumber, LocalDate meetingDate,
        Long documentId, String title, LocalDate dueDate, DocumentState state) {
}
