package org.vocdesk.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.audit.boundary.AuditTrail;
import org.vocdesk.audit.control.AuditSearch;
import org.vocdesk.audit.entity.HistoryEntry;
import org.vocdesk.audit.entity.Verification;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The auditor's page: changes across records by user, record and period, and the check of the hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final int MAX = 200;

    @Inject
    transient AuditTrail trail;

    private String username;
    private String recordType;
    private String recordKey;
    private LocalDate from;
    private LocalDate to;
    private List<HistoryEntry> results;
    private Verification verification;
    private List<String> recordTypes;

    public void search() {
        results = trail.search(new AuditSearch.Criteria(username, recordType, recordKey, from, to, 0, MAX));
    }

    public void verify() {
        verification = trail.verify();
    }

    public List<String> getRecordTypes() {
        if (recordTypes == null) {
            recordTypes = trail.recordTypes();
        }
        return recordTypes;
    }

    public List<HistoryEntry> getResults() { return results; }

    public Verification getVerification() { return verification; }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public String getRecordType() { return recordType; }

    public void setRecordType(String recordType) { this.recordType = recordType; }

    public String getRecordKey() { return recordKey; }

    public void setRecordKey(String recordKey) { this.recordKey = recordKey; }

    public LocalDate getFrom() { return from; }

    public void setFrom(LocalDate from) { this.from = from; }

    public LocalDate getTo() { return to; }

    public void setTo(LocalDate to) { this.to = to; }
}
