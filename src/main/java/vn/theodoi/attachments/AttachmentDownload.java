package vn.theodoi.attachments;

import java.io.IOException;
import java.io.InputStream;

/** An attachment opened for download: its description and its content, read as it is sent. */
public record AttachmentDownload(AttachmentView attachment, Content content) {

    /** The bytes, opened when the response is written; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
