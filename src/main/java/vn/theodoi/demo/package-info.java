/**
 * Demo data, never loaded in production: the demo users (one per role), about sixty fictional
 * records entered through the records module's public face as a leader would, and the scale
 * data generator for load tests and benchmarks. Every company and person here is invented.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.theodoi.demo;
