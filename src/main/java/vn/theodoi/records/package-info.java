/**
 * Cases (vụ án), matters (vụ việc) and crime reports (nguồn tin về tội phạm) under oversight:
 * their oversight level and its history, owners, provinces, handling agencies, persons, money,
 * directed milestones, obstacles, notes, and the procedure events from which the deadline engine
 * derives the stage and every legal time limit. Every query is filtered by the reader's clearance
 * and scope in the database (DOMAIN.md section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package vn.theodoi.records;
