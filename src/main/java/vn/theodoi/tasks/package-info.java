/**
 * Tasks (nhiệm vụ) from every source: a meeting's conclusion, the annual work programme, the
 * General Secretary's conclusions, inspections, ad hoc instructions and schemes (đề án) with their
 * milestones. Lead and coordinating organizations, an optional due date whose changes keep their
 * history, progress reports, completion, and urging (đôn đốc). The status (DOMAIN.md section 5) is
 * computed from the due date, the completion date and today, never typed. Every query is filtered
 * by the reader's visibility in the database (DOMAIN.md section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package vn.theodoi.tasks;
