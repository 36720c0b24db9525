package vn.theodoi.records;

import java.util.List;

import vn.theodoi.shared.DomainRuleViolation;

/**
 * A record to open together with the procedure events already taken on it (a row of an imported sheet): what a
 * person would enter in the record form and then, one by one, in the event form.
 */
public record NewRecord(RecordForm form, List<EventInput> events) {

    public NewRecord {
        events = List.copyOf(events);
    }

    /** One of many new records refused: the refusal, and the record's place in the list given. */
    public static final class Refused extends DomainRuleViolation {

        private final int index;

        public Refused(int index, DomainRuleViolation refusal) {
            super(refusal.messageKey(), refusal.arguments());
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
