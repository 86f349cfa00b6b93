package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.report.entity.ReportJob;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a job's file: marks it running, writes the report to a temporary file in the report folder (hashing it on the
 * way), then renames it and marks the job done, or failed with the reason. Progress goes to the database at most once a
 * second, so a poll sees it without slowing the report.
 */
@ApplicationScoped
public class ReportJobRunner {

    private static final Logger LOG = Logger.getLogger(ReportJobRunner.class.getName());

    @Inject
    ReportJobStore store;

    @Inject
    ReportSettings settings;

    @Inject
    Clock clock;

    @Inject
    ReportWriting writing;

    /** Runs in a thread of its own, with a request context of its own that sees the complaints the job's owner sees. */
    @ActivateRequestContext
    public void run(ReportJob job, ReportKind kind, ReportOrder order) {
        long id = job.getId();
        Path folder = settings.folder();
        String storedAs = id + "-" + UUID.randomUUID() + "-" + kind.fileName(order);
        Path part = folder.resolve(storedAs + ".part");
        try {
            if (!store.started(id, clock.instant())) {
                LOG.info(() -> "Report job " + id + " was failed while queued; not run");
                return;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part)), digest)) {
                writing.write(job.getOwner(), kind, order, throttled(id), out);
            }
            Path file = Files.move(part, folder.resolve(storedAs), StandardCopyOption.ATOMIC_MOVE);
            if (store.finished(id, kind.fileName(order), kind.contentType(), storedAs, Files.size(file),
                    HexFormat.of().formatHex(digest.digest()), clock.instant())) {
                LOG.info(() -> "Report job " + id + " (" + kind.name() + ") done: " + storedAs);
            } else {
                Files.delete(file); // the job was stopped meanwhile (time-out): it stays failed
            }
        } catch (BusinessException e) {
            fail(id, part, Messages.get(order.locale(), e.key(), e.arguments()), e);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException | Error e) {
            fail(id, part, Messages.get(order.locale(), "report.job.failed"), e);
        }
    }

    private void fail(long id, Path part, String reason, Throwable cause) {
        LOG.log(Level.WARNING, "Report job " + id + " failed", cause);
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + part, e);
        }
        store.failed(id, reason, clock.instant());
    }

    private ReportKind.Progress throttled(long id) {
        return new ReportKind.Progress() {
            private long last;
            private int percent;

            @Override
            public void at(long done, long total) {
                long now = System.nanoTime();
                int next = total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
                if (next > percent && now - last > 1_000_000_000L) {
                    percent = next;
                    last = now;
                    store.progress(id, next);
                }
            }
        };
    }

    /** The finished file of a job. */
    public Path file(ReportJob job) {
        return settings.folder().resolve(job.getStoredAs());
    }
}
