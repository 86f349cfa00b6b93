package org.vocdesk.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.report.control.ReportJobQueue;
import org.vocdesk.report.control.ReportJobRunner;
import org.vocdesk.report.control.ReportJobStore;
import org.vocdesk.report.control.ReportKind;
import org.vocdesk.report.control.ReportOrder;
import org.vocdesk.report.entity.ReportJob;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * Reports for the caller: checked orders (the report exists, the caller holds one of its roles, its parameters are
 * right), direct downloads, and background jobs that the caller finds later in "my reports". Nothing here runs in a
 * transaction: the jobs' rows are written by ReportJobStore, each change committed at once.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reports {

    /** "My reports" shows the latest this many jobs. */
    static final int LISTED = 50;

    /** A checked order and the report it is for, ready to be written. */
    public record Order(ReportKind kind, ReportOrder order) {
    }

    @Inject
    Instance<ReportKind> kinds;

    @Inject
    ReportJobStore store;

    @Inject
    ReportJobQueue queue;

    @Inject
    ReportJobRunner runner;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The order, or a BusinessException: unknown report 404, not allowed 403, wrong parameter 400. */
    public Order order(@NotNull String kindName, @NotNull Map<String, String> parameters, @NotNull Locale locale) {
        ReportKind kind = kinds.stream().filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("report.unknown", kindName));
        if (kind.roles().stream().noneMatch(session::isCallerInRole)) {
            throw BusinessException.forbidden("report.forbidden");
        }
        AppUser caller = user.require();
        return new Order(kind, new ReportOrder(kind.check(parameters), locale,
                caller.getDisplayName() + " (" + caller.getUsername() + ")", clock.instant()));
    }

    /** A checked order that may also be downloaded at once (not too big for the caller to wait for it). */
    public Order direct(@NotNull String kindName, @NotNull Map<String, String> parameters, @NotNull Locale locale) {
        Order order = order(kindName, parameters, locale);
        order.kind().checkDirect(order.order().parameters());
        return order;
    }

    /** Starts the report in the background; the caller polls the job and downloads its file when done. */
    public ReportJob start(@NotNull String kindName, @NotNull Map<String, String> parameters, @NotNull Locale locale) {
        Order order = order(kindName, parameters, locale);
        ReportJob job = store.create(new ReportJob(user.require().getUsername(), order.order().requestedBy(), kindName,
                query(order.order().parameters()), locale.toLanguageTag(), clock.instant()));
        queue.submit(job, order.kind(), order.order());
        return job;
    }

    /** The caller's latest jobs, newest first. */
    public List<ReportJob> mine() {
        return store.of(user.require().getUsername(), LISTED);
    }

    /** One of the caller's jobs; another user's is "not found", as if it did not exist. */
    public ReportJob mine(long id) {
        ReportJob job = store.find(id);
        if (job == null || !job.getOwner().equals(user.require().getUsername())) {
            throw BusinessException.notFound("report.job.notFound", id);
        }
        return job;
    }

    /** The file of one of the caller's finished jobs. */
    public Path file(long id) {
        ReportJob job = mine(id);
        if (job.getStatus() != ReportJob.Status.DONE) {
            throw BusinessException.conflict("report.job.notReady", id);
        }
        Path file = runner.file(job);
        if (!Files.isRegularFile(file)) {
            throw BusinessException.notFound("report.job.fileGone", id);
        }
        return file;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
