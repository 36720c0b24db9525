package vn.theodoi.records;

import java.time.LocalDate;
import java.util.List;

import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Stage;

/**
 * What an event would do if it were saved now, judged with the whole history and nothing saved: refused (with
 * the reason, a message key and its arguments), or the stage it leads to and each time limit it starts, changes
 * or ends; and the directed milestones it may fulfil.
 */
public record EventPreview(String refusalCode, List<Object> refusalArguments, Stage stageBefore, Stage stageAfter,
        List<LimitChange> changes, List<RecordView.Milestone> milestones) {

    public boolean isLawful() {
        return refusalCode == null;
    }

    /** A time limit the event starts, moves or ends. */
    public record LimitChange(Kind kind, Stage stage, LocalDate dueBefore, LocalDate dueAfter,
            LocalDate lastDayToRequestExtension, DeadlineStatus status) {
    }

    public enum Kind {
        /** A new limit starts. */
        STARTED,
        /** The limit's due date moves (an extension). */
        MOVED,
        /** The stage is left: its limit ends, met or missed. */
        ENDED
    }
}
