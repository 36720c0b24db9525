/**
 * Proposals and recommendations (kiến nghị, đề xuất) from agencies and provinces, and requests for
 * opinion (xin ý kiến), above all provincial committees' requests about level-3 records (DOMAIN.md
 * section 6). Each is received with the sender's reference number, given a response deadline counted
 * in working days on the organization module's calendar (days per type set by an administrator),
 * assigned to a department and a specialist, and answered through a flow no step of which may be
 * skipped: the specialist drafts, the department head checks, a Commission leader approves, then the
 * answer is sent. Timeliness is computed, never typed. A provincial officer submits a request here
 * and reads the answer here once sent, never the drafts. Every query is filtered by the reader's
 * visibility in the database (DOMAIN.md section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package vn.theodoi.proposals;
