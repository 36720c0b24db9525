package vn.theodoi.meetings;

import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/** A meeting as lists show it. */
public record MeetingSummary(Long id, MeetingType type, Integer number, LocalDate date, String title,
        Clearance classification, String conclusionNumber, LocalDate conclusionDate, String ownerUnitName) {
}
