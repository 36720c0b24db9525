package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files under {@code theodoi.attachments.dir} (by default {@code <data-dir>/attachments}), as
 * {@code ab/cd/<key>}: the embedded default. A file put in a transaction that rolls back is
 * deleted; a removed file is deleted only once its row's deletion committed.
 */
@Component
class FileSystemStore implements AttachmentStore {

    static final String NAME = "FILESYSTEM";
    private static final Logger log = LoggerFactory.getLogger(FileSystemStore.class);

    private final Path root;

    FileSystemStore(AttachmentSettings settings) {
        this.root = settings.folder();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, Path received) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(received, target);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(target);
                    }
                }
            });
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void remove(String key) {
        Path target = path(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(target);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(target);
            }
        });
    }

    Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    /** After the transaction: a file that cannot be deleted is left behind and logged, the change stands. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the attachment file {}", file.getFileName(), e);
        }
    }
}
