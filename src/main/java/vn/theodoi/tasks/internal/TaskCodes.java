package vn.theodoi.tasks.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Task codes: NV-2026-000123, numbered by a database sequence (safe on many nodes). */
@Component
class TaskCodes {

    private final JdbcTemplate jdbc;

    TaskCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(LocalDate assignedOn) {
        Long n = jdbc.queryForObject("select nextval('task_code_seq')", Long.class);
        return String.format("NV-%d-%06d", assignedOn.getYear(), n);
    }
}
