package vn.theodoi.exports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.internal.XlsxSheet.Column;
import vn.theodoi.exports.internal.XlsxSheet.Type;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Tasks;

/** The task list (/tasks) as XLSX. */
@Component
class TasksExport extends ListExport<TaskFilter, TaskSummary> {

    private final Tasks tasks;

    TasksExport(Tasks tasks, ExportSupport support) {
        super("tasks", TaskFilter.class, support);
        this.tasks = tasks;
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("status", "enum.TaskStatus.", "source", "enum.TaskSourceType.", "sort", "tasks.sort.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "code", Type.TEXT), col(l, "title", Type.LONG_TEXT), col(l, "source", Type.TEXT),
            col(l, "reference", Type.TEXT), col(l, "lead", Type.TEXT), col(l, "assigned", Type.DATE),
            col(l, "due", Type.DATE), col(l, "completed", Type.DATE), col(l, "status", Type.TEXT),
            col(l, "classification", Type.TEXT), col(l, "responsible", Type.TEXT), col(l, "updated", Type.DATE_TIME)};
    }

    @Override
    protected void forEach(TheodoiUser user, TaskFilter filter, LongConsumer total, Consumer<TaskSummary> each) {
        total.accept(tasks.search(user, filter, PageRequest.of(0, 1)).getTotalElements());
        tasks.forEachRow(user, filter, each);
    }

    @Override
    protected void rows(XlsxSheet sheet, List<TaskSummary> batch, Locale l) {
        for (TaskSummary t : batch) {
            sheet.row(t.code(), t.title(), support.name(l, "enum.TaskSourceType.", t.sourceType()), t.sourceReference(),
                    t.leadOrganizationName(), t.assignedOn(), t.dueDate(), t.completedOn(),
                    support.name(l, "enum.TaskStatus.", t.status()), support.name(l, "clearance.", t.classification()),
                    t.responsibleUsername(), ExportSupport.local(t.updatedAt()));
        }
    }
}
