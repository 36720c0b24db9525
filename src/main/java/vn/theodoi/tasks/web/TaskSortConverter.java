package vn.theodoi.tasks.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import vn.theodoi.tasks.TaskSort;

/** {@code ?sort=due} to {@link TaskSort}; an unknown order is the default. */
@Component
class TaskSortConverter implements Converter<String, TaskSort> {

    @Override
    public TaskSort convert(String key) {
        return TaskSort.of(key);
    }
}
