package vn.theodoi.exports.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.exports.Exports;
import vn.theodoi.exports.FileJob;
import vn.theodoi.exports.InvalidExportRequest;
import vn.theodoi.exports.PreparedFileDownload;
import vn.theodoi.exports.PreparedFileStatus;
import vn.theodoi.exports.PreparedFileView;
import vn.theodoi.notification.NotificationKind;
import vn.theodoi.notification.Notifications;
import vn.theodoi.shared.Digests;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.JobScheduler;
import vn.theodoi.shared.ReadRouting;
import vn.theodoi.shared.NotFoundException;

/**
 * Queues, runs and hands over prepared files. A job runs as its owner's account is when it runs (a
 * disabled or removed account's job fails); the file is written to a temporary file, hashed, then kept
 * in the database with the job marked done in one transaction; the owner finds it in their inbox.
 */
@Component
public class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    /** Progress is written at most this often (rows), and at least each second. */
    private static final int PROGRESS_EVERY = 1000;

    private final Map<String, FileJob> jobs;
    private final PreparedFiles files;
    private final Users users;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JobScheduler scheduler;
    private final ReadRouting routing;
    private final OneTimeTask<Void> task;
    private final Duration keep;
    private final Clock clock = Clock.systemUTC();

    ExportRunner(List<FileJob> jobs, PreparedFiles files, Users users, AuditLog audit, Notifications notifications,
            MessageSource messages, JobScheduler scheduler, ReadRouting routing, OneTimeTask<Void> prepareFileTask,
            @Value("${theodoi.exports.keep-days:7}") int keepDays) {
        this.jobs = jobs.stream().collect(Collectors.toMap(FileJob::kind, Function.identity()));
        this.files = files;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.scheduler = scheduler;
        this.routing = routing;
        this.task = prepareFileTask;
        this.keep = Duration.ofDays(keepDays);
    }

    /** Whether the kind's progress counts rows; false for documents, whose progress is in per cent. */
    public boolean countsRows(String kind) {
        FileJob producer = jobs.get(kind);
        return producer == null || producer.countsRows();
    }

    public List<String> kinds() {
        return jobs.keySet().stream().sorted().toList();
    }

    public UUID start(TheodoiUser user, String kind, Map<String, String> params, Locale locale) {
        FileJob job = kind == null ? null : jobs.get(kind);
        if (job == null) {
            throw new InvalidExportRequest("exports.invalid.kind", kind == null ? "" : kind);
        }
        String query = Exports.toQuery(params);
        if (query.length() > 4000) {
            throw new InvalidExportRequest("exports.invalid.params", "…");
        }
        job.check(user, params);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        files.insert(id, user.getUsername(), kind, query, locale, now, now.plus(keep));
        audit.recordEvent("EXPORT_STARTED", PreparedFiles.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                filters(AuditDetails.of().code("list", kind), params));
        // the row is committed before the execution exists, so whichever node picks it finds the job
        scheduler.scheduler().schedule(task.instance(id.toString()), now);
        scheduler.scheduler().triggerCheckForDueExecutions();
        return id;
    }

    /** Runs a job (the db-scheduler task); a job already finished, or gone, is left as it is. */
    public void run(UUID id) {
        Optional<PreparedFiles.Job> found = files.find(id);
        if (found.isEmpty() || found.get().view().status().finished() || !files.begin(id, clock.instant())) {
            return;
        }
        PreparedFiles.Job job = found.get();
        PreparedFileView view = job.view();
        Map<String, String> params = Exports.parseQuery(view.params());
        Path temporary = null;
        try {
            FileJob producer = jobs.get(view.kind());
            if (producer == null) {
                throw new DomainRuleViolation("exports.failed.kind");
            }
            TheodoiUser owner = owner(job.owner());
            producer.check(owner, params);
            temporary = Files.createTempFile("theodoi-export-", ".part");
            MessageDigest sha256 = Digests.sha256();
            RowProgress progress = new RowProgress(id);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
            // the rows come from the read replica when it has replayed all the primary had (the owner's last changes too)
            try (ReadRouting.Scope replica = routing.replicaIfCaughtUp();
                    OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                    64 * 1024), sha256)) {
                producer.write(owner, params, job.locale(), progress, out);
            } finally {
                SecurityContextHolder.clearContext();
            }
            String fileName = producer.fileName(params, job.locale());
            long rows = progress.done;
            files.finish(id, temporary, fileName, producer.contentType(params), HexFormat.of().formatHex(sha256.digest()),
                    rows, clock.instant(), () -> {
                        audit.recordChangeAs(job.owner(), "EXPORT_COMPLETED", PreparedFiles.AUDIT_TARGET, id,
                                filters(AuditDetails.of().code("list", view.kind()).count("rows", rows), params));
                        notifications.deliver(job.owner(), NotificationKind.FILE_READY,
                                messages.getMessage("exports.ready.title", new Object[] {fileName}, job.locale()),
                                producer.countsRows()
                                        ? messages.getMessage("exports.ready.body", new Object[] {rows}, job.locale())
                                        : messages.getMessage("exports.ready.document", null, job.locale()),
                                "/exports/" + id, "FILE:" + id);
                    });
        } catch (DomainRuleViolation refused) {
            failed(job, refused instanceof InvalidExportRequest ? "exports.failed.params"
                    : refused.messageKey().startsWith("exports.failed.") ? refused.messageKey()
                    : "exports.failed.forbidden", params);
        } catch (IOException | RuntimeException e) {
            log.warn("Prepared file {} ({}) failed", id, view.kind(), e);
            failed(job, "exports.failed.internal", params);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Could not remove {}", temporary);
                }
            }
        }
    }

    private void failed(PreparedFiles.Job job, String key, Map<String, String> params) {
        UUID id = job.view().id();
        // the audit line first: whoever sees the job failed finds the line too
        audit.recordEventAs(job.owner(), "EXPORT_FAILED", PreparedFiles.AUDIT_TARGET, id, AuditOutcome.FAILURE,
                filters(AuditDetails.of().code("list", job.view().kind()).code("reason", key), params));
        files.fail(id, key, clock.instant());
    }

    /** The owner's account as it is now: gone or disabled, the job fails. */
    private TheodoiUser owner(String username) {
        try {
            TheodoiUser user = users.loadUserByUsername(username);
            if (!user.isEnabled()) {
                throw new DomainRuleViolation("exports.failed.account");
            }
            return user;
        } catch (UsernameNotFoundException gone) {
            throw new DomainRuleViolation("exports.failed.account");
        }
    }

    public PreparedFileDownload download(TheodoiUser user, UUID id) {
        PreparedFileView file = files.owned(user, id);
        if (file.status() != PreparedFileStatus.DONE || file.expiresAt().isBefore(clock.instant())) {
            throw new NotFoundException("prepared file", id);
        }
        audit.recordEvent("EXPORT_DOWNLOADED", PreparedFiles.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                AuditDetails.of().code("list", file.kind()).count("rows", file.done()).count("bytes",
                        file.sizeBytes() == null ? 0 : file.sizeBytes()));
        return new PreparedFileDownload(file, files.open(id));
    }

    /** The filters in the audit line: names as they are, values as codes (free text shows as "(invalid)"). */
    private static AuditDetails filters(AuditDetails details, Map<String, String> params) {
        params.forEach((name, value) -> {
            if (name.matches("[a-zA-Z][a-zA-Z0-9]{0,30}")) {
                details.code("f" + Character.toUpperCase(name.charAt(0)) + name.substring(1), value);
            }
        });
        return details;
    }

    /** Counts rows; writes the count now and then in its own transaction, so the progress page moves. */
    private final class RowProgress implements FileJob.Progress {

        private final UUID id;
        private long done;
        private long written;
        private long writtenAt = System.nanoTime();

        RowProgress(UUID id) {
            this.id = id;
        }

        @Override
        public void total(long total) {
            files.progress(id, done, total);
        }

        @Override
        public void done(long rows) {
            done = rows;
            if (rows - written >= PROGRESS_EVERY || System.nanoTime() - writtenAt > 1_000_000_000L) {
                files.progress(id, rows, null);
                written = rows;
                writtenAt = System.nanoTime();
            }
        }
    }
}
