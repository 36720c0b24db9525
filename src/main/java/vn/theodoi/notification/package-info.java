/**
 * Notifications: in-app (the inbox, with a count in the header) and e-mail over SMTP when it is
 * configured; urges (đôn đốc) delivered to the lead organization's people; and the daily reminders
 * (a db-scheduler job that runs once across nodes): one digest per person per day of the task due
 * dates, the answers due to proposals and requests for opinion, documents to prepare for meetings
 * and records' legal deadlines coming up, falling today or passed, never the same reminder twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.theodoi.notification;
