package vn.theodoi.organization;

import java.time.LocalDate;

/** A holiday or day swap was entered or removed: every time limit counted over that day may move. */
public record CalendarChanged(LocalDate day) {
}
