package vn.theodoi.records;

import java.time.Instant;
import java.util.List;

import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.PersonForm;

/**
 * A whole record to write in bulk: its description (as a person would type it), later level
 * decisions, its persons, money and procedure events in date order, who made it when, and when it
 * was last changed at its source.
 */
public record RecordDraft(RecordForm record, List<LevelForm> laterLevels, List<PersonForm> persons,
        List<MoneyForm> money, List<EventInput> events, String createdBy, Instant createdAt, Instant lastChangedAt) {
}
