package vn.theodoi.attachments.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code theodoi.attachments.*}: which store new files go to ({@code filesystem} or
 * {@code database}), the folder of the file-system store (under the data directory), and the
 * largest file accepted.
 */
@ConfigurationProperties("theodoi.attachments")
public record AttachmentSettings(@DefaultValue("filesystem") String store, @DefaultValue("./data/attachments") String dir,
        @DefaultValue("50MB") DataSize maxSize) {

    /** The file-system store's folder. */
    Path folder() {
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** Where uploads wait while they are checked: beside the stored files, so a move is a rename. */
    Path incoming() {
        return folder().resolve("incoming");
    }
}
