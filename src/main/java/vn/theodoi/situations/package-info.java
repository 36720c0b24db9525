/**
 * The situation on the ground (nắm tình hình địa bàn, DOMAIN.md section 7): hot spots (điểm nóng)
 * reported from provinces, such as mass gatherings, security and order incidents and prolonged
 * complaints, with place, date, scale, severity (1 to 3), status and follow-up entries, and the
 * records and tasks that came of them. A map of the 34 provinces shows where hot spots are open and
 * how serious they are. Every query is filtered by the reader's visibility in the database (DOMAIN.md
 * section 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situations")
package vn.theodoi.situations;
