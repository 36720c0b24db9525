package vn.theodoi.records.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import vn.theodoi.records.RecordSort;

/** {@code ?sort=due} to {@link RecordSort}; an unknown order is the default, as links have always allowed. */
@Component
class RecordSortConverter implements Converter<String, RecordSort> {

    @Override
    public RecordSort convert(String key) {
        return RecordSort.of(key);
    }
}
