package org.vocdesk.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.vocdesk.audit.control.AuditSearch;
import org.vocdesk.audit.control.AuditTable;
import org.vocdesk.audit.control.AuditTables;
import org.vocdesk.audit.control.ChainSealer;
import org.vocdesk.audit.control.ChainVerifier;
import org.vocdesk.audit.control.HistoryScope;
import org.vocdesk.audit.control.RecordHistory;
import org.vocdesk.audit.control.TrailPruner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.audit.entity.HistoryEntry;
import org.vocdesk.audit.entity.Verification;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.vocdesk.identity.entity.Role.Names.*;

/** The audit trail: a record's history, the auditor's search, and the check of the hash chain. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrail {

    /** Who may search the whole trail and check the chain. */
    static final String[] AUDITORS = {AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER, ADMINISTRATOR};

    @Inject
    ChainSealer sealer;

    @Inject
    ChainVerifier verifier;

    @Inject
    RecordHistory history;

    @Inject
    AuditSearch search;

    @Inject
    HistoryScope scope;

    @Inject
    AuditTables tables;

    @Inject
    TrailPruner pruner;

    @Inject
    Clock clock;

    /** How long the trail is kept (ISO-8601 period, e.g. P10Y); then revisions leave from the start of the chain. */
    @Inject
    @ConfigProperty(name = "vocdesk.audit.retention", defaultValue = "P10Y")
    String retention;

    /**
     * The history of a record (its audit table name, e.g. complaint, customer, capa_report) and its parts; a complaint's
     * and its 8D's only for callers who may see the complaint.
     */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public List<HistoryEntry> history(String recordType, long id) {
        scope.require(recordType, id);
        return history.of(recordType, id).orElseThrow(() -> BusinessException.notFound("audit.error.unknownType", recordType));
    }

    @RolesAllowed({AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER, ADMINISTRATOR})
    public List<HistoryEntry> search(AuditSearch.Criteria criteria) {
        if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
            throw BusinessException.invalid("audit.error.period");
        }
        sealPending();
        return search.find(criteria);
    }

    @RolesAllowed({AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER, ADMINISTRATOR})
    public Verification verify() {
        sealPending();
        return verifier.verify();
    }

    /** The record types with a history: the business tables that have an audit table. */
    @RolesAllowed({AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER, ADMINISTRATOR})
    public List<String> recordTypes() {
        return tables.all().stream().map(AuditTable::recordType).toList();
    }

    /** Throws at start-up if the configured retention is not an ISO-8601 period. */
    @PermitAll
    public void retentionValid() {
        Period.parse(retention.strip());
    }

    /** Removes the revisions older than the retention period (after sealing them), a batch per transaction. */
    @PermitAll
    public int pruneExpired() {
        Period keep = Period.parse(retention.strip());
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(keep).toInstant();
        sealPending();
        int total = 0;
        int pruned;
        do {
            pruned = pruner.pruneBatch(cutoff);
            total += pruned;
        } while (pruned > 0);
        return total;
    }

    /** Seals every committed revision, a batch per transaction; for the timer, exports and the checks above. */
    @PermitAll
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = sealer.sealBatch();
            total += sealed;
        } while (sealed > 0);
        return total;
    }
}
