/**
 * Who may do what: users with their role, organization (their scope) and clearance (mức độ mật),
 * form login with lockout, bearer tokens for API clients, and the first administrator of a
 * production installation. DOMAIN.md section 9 is the authority.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.theodoi.access;
