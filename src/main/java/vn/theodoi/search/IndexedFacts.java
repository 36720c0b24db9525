package vn.theodoi.search;

import vn.theodoi.access.Visibility;

/**
 * Where a {@link TableSearch}'s rows show the facts its visibility looks at, for the search index to keep with
 * each row: the owning module's {@link Visibility.Columns}, over the source's from-clause (a record's persons and
 * notes take their record's, through its join). The facts of such rows change with another table's row:
 * {@code followedTable} names it and {@code followingColumn} the rows' column that names that row.
 */
public record IndexedFacts(Visibility.Columns columns, String followedTable, String followingColumn) {

    /** Facts on the row itself (and in the lists of the row's id). */
    public IndexedFacts(Visibility.Columns columns) {
        this(columns, null, null);
    }
}
