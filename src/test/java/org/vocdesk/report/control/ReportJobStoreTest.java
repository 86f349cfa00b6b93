package org.vocdesk.report.control;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.report.entity.ReportJob;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobs left behind by a stopped server are failed with a reason, and only those; a job failed meanwhile is neither
 * started nor finished later (H2, the migrated schema, the real store over a Hibernate session).
 */
class ReportJobStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LEFT_BEHIND = Duration.ofMinutes(5);
    private static SessionFactory sessions;

    @BeforeAll
    static void migrate() {
        sessions = MigratedSchema.sessions("report-jobs", ReportJob.class);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void jobsNoNodeHasMarkedAliveAreFailedInTheirOwnLanguage() {
        long queuedOnAStoppedNode = create("zh-CN", NOW.minus(Duration.ofHours(2)));
        long runningOnAStoppedNode = create("en", NOW.minus(Duration.ofHours(1)));
        inStore(store -> store.started(runningOnAStoppedNode, NOW.minus(Duration.ofMinutes(50))));
        long runningHere = create("en", NOW.minus(Duration.ofHours(1)));
        inStore(store -> store.started(runningHere, NOW.minus(Duration.ofMinutes(50))));
        long doneLongAgo = create("en", NOW.minus(Duration.ofDays(3)));
        inStore(store -> store.started(doneLongAgo, NOW.minus(Duration.ofDays(3))));
        inStore(store -> store.finished(doneLongAgo, "ledger.pdf", "application/pdf", "x", 10, "ab", NOW.minus(Duration.ofDays(3))));

        inStore(store -> {
            store.alive(List.of(runningHere), NOW.minus(Duration.ofMinutes(1)));
            return null;
        });
        List<Long> failed = inStore(store -> store.failLeftBehind(NOW.minus(LEFT_BEHIND),
                job -> job.getLanguage().startsWith("zh") ? "服务器停止" : "server stopped", NOW).stream().map(ReportJob::getId).toList());

        assertThat(failed).containsExactlyInAnyOrder(queuedOnAStoppedNode, runningOnAStoppedNode);
        assertThat(job(queuedOnAStoppedNode).getError()).isEqualTo("服务器停止");
        assertThat(job(runningOnAStoppedNode).getError()).isEqualTo("server stopped");
        assertThat(job(runningOnAStoppedNode).getStatus()).isEqualTo(ReportJob.Status.FAILED);
        assertThat(job(runningHere).getStatus()).isEqualTo(ReportJob.Status.RUNNING);
        assertThat(job(doneLongAgo).getStatus()).isEqualTo(ReportJob.Status.DONE);
    }

    @Test
    void aJobFailedMeanwhileIsNotStartedNorFinishedLater() {
        long queued = create("en", NOW);
        inStore(store -> {
            store.failed(queued, "timed out", NOW);
            return null;
        });
        assertThat((boolean) inStore(store -> store.started(queued, NOW))).isFalse();

        long running = create("en", NOW);
        inStore(store -> store.started(running, NOW));
        inStore(store -> {
            store.failed(running, "timed out", NOW.plusSeconds(60));
            return null;
        });
        assertThat((boolean) inStore(store -> store.finished(running, "l.pdf", "application/pdf", "y", 10, "cd", NOW.plusSeconds(61)))).isFalse();
        assertThat(job(running).getStatus()).isEqualTo(ReportJob.Status.FAILED);
        assertThat(job(running).getStoredAs()).isNull();
        assertThat(job(running).getError()).isEqualTo("timed out");
    }

    private static long create(String language, Instant at) {
        return inStore(store -> store.create(new ReportJob("li", "Li", "complaint-ledger", "", language, at)).getId());
    }

    private static ReportJob job(long id) {
        return sessions.fromSession(session -> session.find(ReportJob.class, id));
    }

    private static <T> T inStore(Function<ReportJobStore, T> call) {
        return sessions.fromTransaction(session -> {
            ReportJobStore store = new ReportJobStore();
            store.em = session;
            return call.apply(store);
        });
    }
}
