package vn.theodoi.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import vn.theodoi.access.Visibility;
import vn.theodoi.search.internal.LuceneIndex;

/**
 * How a {@link TableSearch}'s rows become the search index's documents: one statement reads a row's id, its search
 * key and the facts its visibility looks at ({@link IndexedFacts}), whichever tables hold them.
 */
final class IndexedRows {

    private IndexedRows() {
    }

    /**
     * {@code select} of a table's id, words and visibility facts, up to the {@code where} its condition follows. A
     * list the row's own array column holds is read from it, any other from its table.
     */
    static String select(TableSearch table) {
        Visibility.Columns c = table.facts().columns();
        return "select " + table.alias() + ".id as search_id, " + table.alias() + ".search_text as search_words, "
                + c.classification() + " as f_classification, " + c.ownerUnit() + " as f_owner, "
                + list(c.provinces(), c.id()) + " as f_provinces, " + list(c.agencies(), c.id()) + " as f_agencies, "
                + list(c.readers(), c.id()) + " as f_readers, " + list(c.sharingUnits(), c.id()) + " as f_sharing"
                + table.from();
    }

    private static String list(Visibility.Membership m, String id) {
        if (m == null) {
            return "null";
        }
        if (m.arrayColumn() != null) {
            return m.arrayColumn();
        }
        return "array(select cast(x." + m.valueColumn() + " as varchar) from " + m.table() + " x where x."
                + m.itemColumn() + " = " + id + ")";
    }

    static LuceneIndex.Row row(TableSearch table, ResultSet rs) throws SQLException {
        Set<Visibility.Fact> facts = new HashSet<>();
        facts.add(new Visibility.Fact(Visibility.Fact.Kind.CLASSIFICATION, rs.getString("f_classification")));
        String owner = rs.getString("f_owner");
        if (owner != null) {
            facts.add(new Visibility.Fact(Visibility.Fact.Kind.OWNER_UNIT, owner));
        }
        facts(facts, Visibility.Fact.Kind.PROVINCE, rs.getArray("f_provinces"));
        facts(facts, Visibility.Fact.Kind.AGENCY, rs.getArray("f_agencies"));
        facts(facts, Visibility.Fact.Kind.READER, rs.getArray("f_readers"));
        facts(facts, Visibility.Fact.Kind.SHARING_UNIT, rs.getArray("f_sharing"));
        return new LuceneIndex.Row(table.kind().name(), rs.getLong("search_id"), rs.getString("search_words"), facts);
    }

    private static void facts(Set<Visibility.Fact> facts, Visibility.Fact.Kind kind, Array values)
            throws SQLException {
        if (values != null) {
            for (Object value : (Object[]) values.getArray()) {
                if (value != null) {
                    facts.add(new Visibility.Fact(kind, value.toString()));
                }
            }
        }
    }
}
