package vn.theodoi.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.theodoi.deadline.EventType;

/**
 * What happened to the records a person may see since a day: the procedure events in force dated
 * since then, counted by type, and the records changed since then (counted up to the list cap, the
 * most recent first).
 */
public record RecordChanges(LocalDate since, Map<EventType, Long> eventsByType, long changedCount,
        List<RecordSummary> changed) {

    public long events(EventType type) {
        return eventsByType.getOrDefault(type, 0L);
    }
}
