package vn.theodoi.tasks.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tasks by id; lists go through {@link TaskQueries}. */
public interface TaskRepository extends JpaRepository<Task, Long> {
}
