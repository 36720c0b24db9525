package vn.theodoi.tasks.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.attachments.AttachmentOwner;

/**
 * Tasks own attachments (the incoming letter, the signed answer): whoever sees the task reads them;
 * those who may report its progress or complete it attach them. Visibility is the tasks' own query.
 */
@Component
class TaskAttachments implements AttachmentOwner {

    static final String KIND = "TASK";

    private final TaskQueries queries;
    private final TaskAccess access;
    private final TaskRepository tasks;
    private final NamedParameterJdbcTemplate jdbc;

    TaskAttachments(TaskQueries queries, TaskAccess access, TaskRepository tasks, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.tasks = tasks;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(TheodoiUser user, long taskId) {
        return queries.isVisible(access.reader(user), taskId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAttach(TheodoiUser user, long taskId) {
        Visibility reader = access.reader(user);
        if (!queries.isVisible(reader, taskId)) {
            return false;
        }
        return tasks.findById(taskId).map(task -> access.mayComplete(reader, task)).orElse(false);
    }

    @Override
    public String pagePath(long taskId) {
        return "/tasks/" + taskId;
    }

    @Override
    public List<Readable> readableAmong(TheodoiUser user, Collection<Long> taskIds) {
        return Readable.among(jdbc, "select t.id, t.classification from task t", "t.id",
                TaskQueries.visibleTo(access.reader(user)), taskIds);
    }
}
