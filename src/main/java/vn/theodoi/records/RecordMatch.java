package vn.theodoi.records;

import java.util.Set;

/**
 * A record an import row may name (by its code) or repeat (by its title in one of its provinces): only
 * records the reader may see, with the province codes a duplicate is judged by.
 */
public record RecordMatch(Long id, String code, String title, Set<String> provinceCodes) {
}
