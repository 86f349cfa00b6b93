package org.vocdesk.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.platform.web.LanguageBacking;
import org.vocdesk.report.boundary.Reports;
import org.vocdesk.report.control.ReportLanguage;
import org.vocdesk.report.entity.ReportJob;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "My reports": the user's background reports with their progress and files, the audit pack form, and the starts of
 * background reports from other pages (the ledger passes its export query string).
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    static final String MINE = "/app/reports/mine?faces-redirect=true";

    @Inject
    Reports reports;

    @Inject
    LanguageBacking language;

    @Inject
    Formats formats;

    private transient List<ReportJob> jobs;
    private LocalDate from;
    private LocalDate to;

    public List<ReportJob> getJobs() {
        if (jobs == null) {
            jobs = reports.mine();
        }
        return jobs;
    }

    /** Whether any job is still queued or running (the page polls while so). */
    public boolean isRunning() {
        return getJobs().stream().anyMatch(j -> !j.isFinished());
    }

    public void refresh() {
        jobs = null;
    }

    /** Starts the ledger PDF (or XLSX) of the ledger page's query string in the background, then shows "my reports". */
    public String startLedger(String query, boolean xlsx) {
        Map<String, String> parameters = parse(query);
        return start(xlsx ? "complaint-ledger-xlsx" : "complaint-ledger", parameters);
    }

    public String startAuditPack() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from == null ? "" : from.toString());
        parameters.put("to", to == null ? "" : to.toString());
        return start("audit-pack", parameters);
    }

    private String start(String kind, Map<String, String> parameters) {
        try {
            Locale locale = ReportLanguage.of(parameters.remove("lang"), language.getLocale());
            reports.start(kind, parameters, locale);
            return MINE;
        } catch (BusinessException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    public LocalDate getFrom() { return from; }

    public void setFrom(LocalDate from) { this.from = from; }

    public LocalDate getTo() { return to; }

    public void setTo(LocalDate to) { this.to = to; }
}
