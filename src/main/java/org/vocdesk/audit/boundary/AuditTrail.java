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
import org.vocdesk.audit.control.RecordHistory;
import org.vocdesk.audit.entity.HistoryEntry;
import org.vocdesk.audit.entity.Verification;
import org.vocdesk.platform.entity.BusinessException;

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
    AuditTables tables;

    /** The history of a record (its audit table name, e.g. complaint, customer, capa_report) and its parts. */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public List<HistoryEntry> history(String recordType, long id) {
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
