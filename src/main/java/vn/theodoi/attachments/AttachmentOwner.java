package vn.theodoi.attachments;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Where;

/**
 * What a module that holds attachments tells this one (a service provider interface): implemented
 * by one Spring bean per kind of owner, in the owning module. Answers come from the owner's own
 * visibility policy, in its queries; the attachments module never looks at the owner's tables.
 */
public interface AttachmentOwner {

    /** The kind of owner, in capitals: {@code RECORD_EVENT}, {@code TASK}, {@code PROPOSAL}. */
    String kind();

    /** Whether the person may see the owner, and so read its attachments. False for an owner that does not exist. */
    boolean mayRead(TheodoiUser user, long ownerId);

    /** Whether the person may attach files to the owner (and remove them). */
    boolean mayAttach(TheodoiUser user, long ownerId);

    /** The page that shows the owner, where a page upload returns to: {@code /records/12?tab=procedure}. */
    String pagePath(long ownerId);

    /**
     * The owners among these the person may read, in one query of the owner's visibility (the one search asks
     * about up to 200 at once), each with whether it is classified: a search that shows a classified owner's
     * attachment is audited as one that shows the owner.
     */
    List<Readable> readableAmong(TheodoiUser user, Collection<Long> ownerIds);

    /** An owner the person may read; {@code classified} when it is mật or above. */
    record Readable(long ownerId, boolean classified) {

        /**
         * The owners among {@code ids} that {@code visible} (the owner module's visibility) lets through, in one
         * query: {@code selectFrom} reads an owner's id and its classification ({@code select t.id,
         * t.classification from task t}), {@code idColumn} is the id compared with the ids.
         */
        public static List<Readable> among(NamedParameterJdbcTemplate jdbc, String selectFrom, String idColumn,
                Where visible, Collection<Long> ids) {
            if (ids.isEmpty()) {
                return List.of();
            }
            Where where = visible.and(idColumn + " in (:readableIds)").param("readableIds", ids);
            return jdbc.query(selectFrom + " where " + where.sql, where.params, (rs, n) -> new Readable(rs.getLong(1),
                    Clearance.valueOf(rs.getString(2)).isClassified()));
        }
    }
}
