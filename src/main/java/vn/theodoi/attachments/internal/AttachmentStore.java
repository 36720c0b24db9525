package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where an attachment's bytes live, under a random key. {@link #put} and {@link #remove} run in
 * the transaction that writes the attachment's row: a store undoes (or defers) its part when that
 * transaction rolls back, so no row points to missing bytes and no bytes outlive their row.
 */
interface AttachmentStore {

    /** The name kept in each attachment's row: {@code FILESYSTEM}, {@code DATABASE}. */
    String name();

    /** Keeps the received file's bytes under the key; the received file may be moved away. */
    void put(String key, Path received) throws IOException;

    /** The bytes, read as they are sent. */
    InputStream open(String key) throws IOException;

    void remove(String key) throws IOException;
}
