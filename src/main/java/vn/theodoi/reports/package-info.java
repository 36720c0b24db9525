/**
 * Reports (báo cáo, DOMAIN.md section 8): the figures of a period within the reader's visibility,
 * drawn from every module; the semi-annual and annual reviews (sơ kết, tổng kết) and the progress
 * report since a session, as editable DOCX and as PDF in the Party's document format; and the
 * statistics page with its charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.theodoi.reports;
