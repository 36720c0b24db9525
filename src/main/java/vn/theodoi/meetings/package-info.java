/**
 * Steering Committee sessions (Phiên họp thứ N) and standing members' meetings (cuộc họp Thường
 * trực): their agenda, the documents the Commission prepares for them (owner department, due date,
 * state) and the conclusion, whose numbered requirements become tasks through the tasks module's
 * facade. Every query is filtered by the reader's visibility in the database (DOMAIN.md section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package vn.theodoi.meetings;
