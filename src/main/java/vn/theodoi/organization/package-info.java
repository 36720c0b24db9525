/**
 * The organization tree (Ban Chỉ đạo, Ban Nội chính Trung ương and its departments, provincial
 * steering committees and their standing agencies, the agencies that investigate, prosecute and
 * try cases), the provinces (34 current, 63 earlier with their successors) and the working-day
 * calendar that legal time limits are counted on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.theodoi.organization;
