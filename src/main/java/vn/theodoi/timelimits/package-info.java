/**
 * The statutory time-limit table as stored (bảng thời hạn tố tụng): read by everyone, corrected by
 * administrators without a release, and the {@link vn.theodoi.timelimits.ProcedureClock} that
 * wires the pure {@code deadline} engine to that table and to the working-day calendar. A
 * correction publishes {@link vn.theodoi.timelimits.TimeLimitRulesChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits")
package vn.theodoi.timelimits;
