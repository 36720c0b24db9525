/**
 * Legal time limits of criminal procedure (thời hạn tố tụng hình sự, Bộ luật Tố tụng hình sự 2015, and 2003 for
 * limits that started before 1 January 2018): pure Java, no Spring, no I/O.
 *
 * <p>Given a record's {@link vn.theodoi.deadline.Severity}, its {@link vn.theodoi.deadline.ProcedureEvent}
 * history and a {@link vn.theodoi.deadline.DayOffCalendar}, the {@link vn.theodoi.deadline.DeadlineEngine}
 * derives the current {@link vn.theodoi.deadline.Stage} and a {@link vn.theodoi.deadline.TimeLimit} for every
 * timed stage entered (start, base due date, due date with extensions, maximum due date, extensions used and
 * left, last day to request an extension, status, flags, and the {@link vn.theodoi.deadline.Derivation} that
 * explains the date step by step), and refuses events the procedure does not allow with a
 * {@link vn.theodoi.deadline.ProcedureViolation} carrying a message key of the {@code i18n/deadline} bundles.
 *
 * <p>Every period is data: the {@link vn.theodoi.deadline.TimeLimitRules} table, reviewed as
 * {@code deadline/time-limit-rules.csv} and stored by migrations (a test checks they agree), one row per stage ×
 * severity × variant × period of application, with its Code, article, the interpretation a lawyer can check and
 * who reviewed it. The history is judged in date order, whatever the order of entry. Counting follows Điều 134: day limits end on the event date plus N days;
 * month limits on the same-numbered day (or the month's last day); a limit ending on a day off moves to the next
 * working day when the row's {@link vn.theodoi.deadline.DayOffShift} says so (by default, when the last period
 * counted is in months). Extensions are added to the previous end date before its day-off shift, unless the row's
 * {@link vn.theodoi.deadline.ExtensionCounting} says otherwise.
 *
 * <p>The module's public face is this package; callers (the records module, REST and the deadline sweep job)
 * supply the rules loaded from the database, the holiday calendar and today's date in Asia/Ho_Chi_Minh.
 */
package vn.theodoi.deadline;
