package vn.theodoi.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import vn.theodoi.access.Visibility;

/**
 * The searched rows' words and visibility facts in Lucene, kept sorted by id, newest first: a query's posting
 * lists are read in that order and only until a page of matches is found, however common its words are. This is
 * what PostgreSQL's word index could not do (its bitmap reads every row holding each word before the newest can be
 * chosen). One document per row: its kind, its id, its search key's words (with positions, for a code's phrase)
 * and one term per visibility fact ({@link Visibility.Fact}). The database stays the authority: every id found
 * here is read again with the reader's visibility in the statement.
 */
public final class LuceneIndex implements AutoCloseable {

    private static final String KEY = "key", KIND = "kind", ID = "id", WORDS = "w", FACT = "f.";

    /** Newest first: the order of the results, and the order the segments are written in. */
    private static final Sort NEWEST_FIRST = new Sort(new SortField(ID, SortField.Type.LONG, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** One row of a searched table as a document. */
    public record Row(String kind, long id, String words, Set<Visibility.Fact> facts) {
    }

    private LuceneIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setIndexSort(NEWEST_FIRST);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** The index in a directory of its own on disk (created when missing), or in memory when {@code path} is null. */
    public static LuceneIndex open(Path path) {
        try {
            if (path == null) {
                return new LuceneIndex(new ByteBuffersDirectory());
            }
            if (!Files.isDirectory(path)) {
                // the words of classified items: readable by the application's account only, as its database is
                boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
                if (posix) {
                    Files.createDirectories(path, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(path);
                }
            }
            return new LuceneIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** What the last commit noted ({@link #commit}), empty for a new index. */
    public Map<String, String> committedData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Forgets every document (before a build). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the documents of the {@code changed} ids of a kind with {@code rows} (the rows of those ids that still
     * exist): a row gone from the table leaves no document.
     */
    public void replace(String kind, Collection<Long> changed, List<Row> rows) {
        try {
            Map<Long, Row> present = rows.stream().collect(Collectors.toMap(Row::id, r -> r, (a, b) -> a));
            for (Long id : changed) {
                Row row = present.get(id);
                if (row == null) {
                    writer.deleteDocuments(key(kind, id));
                } else {
                    writer.updateDocument(key(kind, id), document(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds rows known not to be in the index (a build). */
    public void add(List<Row> rows) {
        try {
            for (Row row : rows) {
                writer.addDocument(document(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable, with what to note about them, and visible to the next search. */
    public void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(Map.copyOf(data).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of a kind's documents holding every word (or the words as one phrase), whose facts meet every clause
     * of the reader's visibility, newest first, at most {@code limit}.
     */
    public List<Long> find(String kind, List<String> words, boolean phrase, List<Set<Visibility.Fact>> clauses,
            int limit) {
        Query query = query(kind, words, phrase, clauses);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // a total counted only as far as the page: with the index sorted the same way, reading stops there
                TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, limit, null,
                        limit, false));
                List<Long> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    ids.add((Long) ((FieldDoc) hit).fields[0]);
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether changes were made since the last commit. */
    public boolean hasChanges() {
        return writer.hasUncommittedChanges();
    }

    /** How many documents the index holds (deleted ones not counted). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query query(String kind, List<String> words, boolean phrase, List<Set<Visibility.Fact>> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        if (phrase && words.size() > 1) {
            query.add(new PhraseQuery(WORDS, words.toArray(String[]::new)), Occur.FILTER);
        } else {
            words.forEach(w -> query.add(new TermQuery(new Term(WORDS, w)), Occur.FILTER));
        }
        for (Set<Visibility.Fact> clause : clauses) {
            if (clause.isEmpty()) {
                return new MatchNoDocsQuery("a clause of the reader's visibility no item meets");
            }
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            clause.stream().collect(Collectors.groupingBy(Visibility.Fact::kind,
                    Collectors.mapping(f -> new BytesRef(f.value()), Collectors.toList())))
                    .forEach((factKind, values) -> anyOf.add(new TermInSetQuery(FACT + factKind.name(), values),
                            Occur.SHOULD));
            query.add(anyOf.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static Term key(String kind, long id) {
        return new Term(KEY, kind + ":" + id);
    }

    private static Document document(Row row) {
        Document doc = new Document();
        doc.add(new StringField(KEY, row.kind() + ":" + row.id(), Field.Store.NO));
        doc.add(new StringField(KIND, row.kind(), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, row.id()));
        doc.add(new TextField(WORDS, row.words() == null ? "" : row.words(), Field.Store.NO));
        for (Visibility.Fact fact : row.facts()) {
            doc.add(new StringField(FACT + fact.kind().name(), fact.value(), Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
