package vn.theodoi.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import vn.theodoi.access.TheodoiUser;

/**
 * A kind of file this module prepares in the background (a service provider interface): one Spring
 * bean per kind, in the producing module. Parameters are strings (a list's query string), so a job
 * survives a restart as a database row.
 */
public interface FileJob {

    /** The kind, lower case: {@code records}, {@code tasks}, {@code audit}. */
    String kind();

    /**
     * Refuses a request before it is queued: {@link InvalidExportRequest} for parameters the producer
     * cannot read, {@link vn.theodoi.shared.ForbiddenException} when the person may not have this file
     * at all (auditing the denial). Checked again when the job runs, with the account as it is then.
     */
    default void check(TheodoiUser user, Map<String, String> params) {
    }

    /** The name the file downloads under, in the person's language: {@code ho-so-2026-11-28.xlsx}. */
    String fileName(Map<String, String> params, Locale locale);

    String contentType(Map<String, String> params);

    /** Whether progress counts rows (a list) or is a share of the work in per cent (a document). */
    default boolean countsRows() {
        return true;
    }

    /** Writes the file, telling {@code progress} how far it got; never closes {@code out}. */
    void write(TheodoiUser user, Map<String, String> params, Locale locale, Progress progress, OutputStream out)
            throws IOException;

    /** How far a file is: set the total once known, then count the rows written. */
    interface Progress {

        void total(long total);

        /** Rows written so far (cheap to call per row: written to the database now and then). */
        void done(long done);
    }
}
