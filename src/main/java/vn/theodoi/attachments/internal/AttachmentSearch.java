package vn.theodoi.attachments.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Where;
import vn.theodoi.attachments.AttachmentOwner;
import vn.theodoi.search.SearchCandidate;
import vn.theodoi.search.SearchKind;
import vn.theodoi.search.SearchQuery;
import vn.theodoi.search.SearchSource;
import vn.theodoi.search.SearchStatements;
import vn.theodoi.shared.ForbiddenException;

/**
 * What the one search finds in the text of attachments (PDF and Word files). This module does not know its
 * owners' tables, so the reader's visibility cannot be in the statement: the newest {@link #WINDOW} attachments
 * whose words match are the candidates, and each kind of owner among them is asked once which of its owners the
 * reader may read ({@link AttachmentOwner#readableAmong}); only those are shown, classified when their owner is.
 * When more than {@link #WINDOW} attachments match, older matches beyond the window are not found.
 */
@Component
class AttachmentSearch implements SearchSource {

    /** How many of the newest matching attachments are looked at, before their owners are asked. */
    static final int WINDOW = 200;

    private static final SearchStatements.Table TABLE = new SearchStatements.Table("attachment", "a");

    private static final String CANDIDATES = "select a.id, a.owner_kind, a.owner_id from attachment a where ";
    private static final String SHOWN = "select a.id, a.file_name, a.content_text, a.uploaded_at from attachment a"
            + " where a.id in (:ids)";

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, AttachmentOwner> owners;
    private final SearchStatements statements;

    AttachmentSearch(NamedParameterJdbcTemplate jdbc, List<AttachmentOwner> owners, SearchStatements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.owners = owners.stream().collect(Collectors.toMap(o -> o.kind().toUpperCase(Locale.ROOT),
                Function.identity()));
    }

    @Override
    public SearchKind kind() {
        return SearchKind.ATTACHMENT;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        List<Candidate> readable = readable(reader, query);
        if (readable.isEmpty()) {
            return List.of();
        }
        List<Candidate> shown = readable.subList(0, Math.min(limit, readable.size()));
        // the texts (up to 200,000 characters each) are loaded only for the results shown
        Map<Long, Shown> texts = new HashMap<>();
        jdbc.query(SHOWN, new MapSqlParameterSource("ids", shown.stream().map(Candidate::id).toList()),
                (rs, n) -> new Shown(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_text"),
                        SearchStatements.day(rs.getTimestamp("uploaded_at"))))
                .forEach(t -> texts.put(t.id(), t));
        Map<String, String> pages = new HashMap<>();
        List<SearchCandidate> found = new ArrayList<>();
        for (Candidate c : shown) {
            Shown t = texts.get(c.id());
            if (t == null) {
                continue; // removed in between
            }
            String page = pages.computeIfAbsent(c.ownerKind() + ":" + c.ownerId(),
                    k -> owners.get(c.ownerKind()).pagePath(c.ownerId()));
            found.add(new SearchCandidate(c.id(), null, t.fileName(), t.contentText(), page, c.classified(),
                    t.uploaded()));
        }
        return found;
    }

    /** The matching attachments among the newest {@link #WINDOW} whose owners the reader may read, newest first. */
    private List<Candidate> readable(TheodoiUser reader, SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        Where where = statements.indexed(new Where(), query, TABLE).param("searchLimit", WINDOW);
        List<Candidate> found = jdbc.query(CANDIDATES + where.sql + " order by a.uploaded_at desc, a.id desc"
                + " limit :searchLimit", where.params, (rs, n) -> new Candidate(rs.getLong("id"),
                        rs.getString("owner_kind").toUpperCase(Locale.ROOT), rs.getLong("owner_id"), false));
        Map<String, Set<Long>> ownerIds = new LinkedHashMap<>();
        found.forEach(c -> ownerIds.computeIfAbsent(c.ownerKind(), k -> new LinkedHashSet<>()).add(c.ownerId()));
        Map<String, Map<Long, AttachmentOwner.Readable>> readable = new HashMap<>();
        ownerIds.forEach((kind, ids) -> readable.put(kind, readableOwners(reader, kind, ids)));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            AttachmentOwner.Readable owner = readable.get(c.ownerKind()).get(c.ownerId());
            if (owner != null) {
                kept.add(new Candidate(c.id(), c.ownerKind(), c.ownerId(), owner.classified()));
            }
        }
        return kept;
    }

    /** One question per kind of owner; a kind no module owns any more, or the reader may not use, shows nothing. */
    private Map<Long, AttachmentOwner.Readable> readableOwners(TheodoiUser reader, String kind,
            Collection<Long> ids) {
        AttachmentOwner owner = owners.get(kind);
        if (owner == null) {
            return Map.of();
        }
        try {
            return owner.readableAmong(reader, ids).stream()
                    .collect(Collectors.toMap(AttachmentOwner.Readable::ownerId, Function.identity()));
        } catch (ForbiddenException notThisReadersModule) {
            return Map.of();
        }
    }

    /** A matching attachment; {@code classified} its owner's, known once the owner has been asked. */
    private record Candidate(long id, String ownerKind, long ownerId, boolean classified) {
    }

    private record Shown(long id, String fileName, String contentText, LocalDate uploaded) {
    }
}
