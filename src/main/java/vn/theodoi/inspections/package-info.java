/**
 * Inspection and supervision plans (kiểm tra, giám sát) of provinces, ministries and agencies: the
 * target organization, the subject, the team (users by username, one of them its head), the
 * period and a lifecycle (planned, in progress, concluded) with its dates; the findings; and the
 * recommendations, each of which becomes a task (source {@code INSPECTION}) through the tasks
 * module's facade, so their follow-up is counted with every other task. Every query is filtered by
 * the reader's visibility in the database (DOMAIN.md section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections")
package vn.theodoi.inspections;
