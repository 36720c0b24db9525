package vn.theodoi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.theodoi.access.Visibility.Fact;
import vn.theodoi.access.Visibility.Fact.Kind;

/**
 * The index's own rules, on a Lucene index in memory: every word whole, a code's words as one phrase, newest
 * first, only rows whose facts meet every clause, and a replaced row's old words gone. The rows are search keys as
 * VietnameseText.searchKey writes them.
 */
class LuceneIndexTest {

    LuceneIndex index;

    static Set<Fact> facts(String classification, String owner, String... provinces) {
        Set<Fact> facts = new java.util.HashSet<>(Set.of(new Fact(Kind.CLASSIFICATION, classification),
                new Fact(Kind.OWNER_UNIT, owner)));
        for (String p : provinces) {
            facts.add(new Fact(Kind.PROVINCE, p));
        }
        return facts;
    }

    static final List<Set<Fact>> EVERYONE = List.of();

    @BeforeEach
    void rows() {
        index = LuceneIndex.open(null);
        index.add(List.of(
                new LuceneIndex.Row("RECORD", 7, " b va 2023 83 vu an vi pham quy dinh ve dau thau ",
                        facts("UNCLASSIFIED", "2", "VN-01")),
                new LuceneIndex.Row("RECORD", 12, " b va 2024 9 dau thau tai cong ty an phu ",
                        facts("CONFIDENTIAL", "2", "VN-48")),
                new LuceneIndex.Row("RECORD", 3, " b va 2022 5 tham o tai du an 83 va 2023 ",
                        facts("UNCLASSIFIED", "3", "VN-48")),
                new LuceneIndex.Row("TASK", 12, " nv 2026 1 don doc dau thau ", facts("UNCLASSIFIED", "2"))));
        index.commit(Map.of());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void everyWordWholeNewestFirstOfTheKindAsked() {
        assertThat(index.find("RECORD", List.of("dau", "thau"), false, EVERYONE, 10)).containsExactly(12L, 7L);
        assertThat(index.find("RECORD", List.of("thau", "phu"), false, EVERYONE, 10)).containsExactly(12L);
        assertThat(index.find("RECORD", List.of("hau"), false, EVERYONE, 10)).isEmpty(); // inside "thau"
        assertThat(index.find("TASK", List.of("dau", "thau"), false, EVERYONE, 10)).containsExactly(12L);
        assertThat(index.find("RECORD", List.of("dau", "thau"), false, EVERYONE, 1)).containsExactly(12L);
    }

    @Test
    void aCodesWordsStandTogether() {
        // record 3 holds "b", "va", "2023" and "83", not "b va 2023 83" in that order
        assertThat(index.find("RECORD", List.of("b", "va", "2023", "83"), true, EVERYONE, 10)).containsExactly(7L);
        assertThat(index.find("RECORD", List.of("b", "va", "2023", "83"), false, EVERYONE, 10)).containsExactly(7L, 3L);
    }

    @Test
    void onlyRowsWhoseFactsMeetEveryClause() {
        List<Set<Fact>> province48Unclassified = List.of(Set.of(new Fact(Kind.PROVINCE, "VN-48")),
                Set.of(new Fact(Kind.CLASSIFICATION, "UNCLASSIFIED")));
        List<Set<Fact>> unit2AnyLevel = List.of(Set.of(new Fact(Kind.OWNER_UNIT, "2"), new Fact(Kind.SHARING_UNIT, "2")),
                Set.of(new Fact(Kind.CLASSIFICATION, "UNCLASSIFIED"), new Fact(Kind.CLASSIFICATION, "CONFIDENTIAL")));

        assertThat(index.find("RECORD", List.of("tai"), false, province48Unclassified, 10)).containsExactly(3L);
        assertThat(index.find("RECORD", List.of("dau"), false, unit2AnyLevel, 10)).containsExactly(12L, 7L);
        assertThat(index.find("RECORD", List.of("dau"), false, List.of(Set.of()), 10)).isEmpty();
    }

    @Test
    void aReplacedRowLosesItsOldWordsAndAMissingOneLeaves() {
        index.replace("RECORD", List.of(12L, 7L), List.of(new LuceneIndex.Row("RECORD", 12,
                " b va 2024 9 mua sam thiet bi y te ", facts("CONFIDENTIAL", "2", "VN-48"))));
        index.commit(Map.of("snapshot", "1:1:"));

        assertThat(index.find("RECORD", List.of("dau", "thau"), false, EVERYONE, 10)).isEmpty();
        assertThat(index.find("RECORD", List.of("thiet", "bi"), false, EVERYONE, 10)).containsExactly(12L);
        assertThat(index.find("TASK", List.of("dau", "thau"), false, EVERYONE, 10)).containsExactly(12L);
        assertThat(index.committedData()).containsEntry("snapshot", "1:1:");
        assertThat(index.size()).isEqualTo(3);
    }

    /** A restart continues from what the last commit noted: the rows and the snapshot they were read at. */
    @Test
    void aCommittedIndexOpensAgainWithItsRowsAndNote(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path path = dir.resolve("search-index");
        try (LuceneIndex onDisk = LuceneIndex.open(path)) {
            onDisk.add(List.of(new LuceneIndex.Row("RECORD", 5, " vu an dau thau ", facts("UNCLASSIFIED", "2"))));
            onDisk.commit(Map.of("snapshot", "10:12:11"));
        }
        try (LuceneIndex reopened = LuceneIndex.open(path)) {
            assertThat(reopened.committedData()).containsEntry("snapshot", "10:12:11");
            assertThat(reopened.find("RECORD", List.of("dau", "thau"), false, EVERYONE, 10)).containsExactly(5L);
        }
    }
}
