/** The web shell: login page, home page scoped to the person, layout and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.theodoi.web;
