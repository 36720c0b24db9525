package vn.theodoi.meetings;

import vn.theodoi.records.RecordChanges;
import vn.theodoi.tasks.TaskChanges;

/** What changed in tasks and records between a session's date and today ("từ sau Phiên họp thứ N đến nay"). */
public record SinceSession(MeetingSummary session, TaskChanges tasks, RecordChanges records) {
}
