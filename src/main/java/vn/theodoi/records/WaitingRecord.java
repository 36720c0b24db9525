package vn.theodoi.records;

import java.time.LocalDate;

/** A record as it waits with the specialist who follows it: since the day it was handed to them, and for how many days. */
public record WaitingRecord(RecordSummary record, LocalDate since, long days) {
}
