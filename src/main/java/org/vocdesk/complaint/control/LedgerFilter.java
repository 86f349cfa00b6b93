package org.vocdesk.complaint.control;

import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;

import java.time.Instant;
import java.util.Set;

/**
 * The ledger's filters; null means "any". Received-between is inclusive of from, exclusive of to.
 * {@code statusIn} narrows to several statuses at once (open work, waiting for triage); {@code dueBefore}
 * keeps complaints with a pending deadline (response, or an unsent first reply) before that instant;
 * {@code criterion} keeps one named subset (the one a KPI figure counts).
 */
public record LedgerFilter(Instant receivedFrom, Instant receivedTo, Long customerId, Long categoryId,
                           FeedbackType type, Urgency priority, ComplaintStatus status, Long departmentId,
                           Long handlerId, Boolean overdue, Boolean major, Boolean repeat, String text,
                           Set<ComplaintStatus> statusIn, Instant dueBefore, Criterion criterion) {

    /** The ledger's own filters (as the REST list and the page have them). */
    public LedgerFilter(Instant receivedFrom, Instant receivedTo, Long customerId, Long categoryId,
                        FeedbackType type, Urgency priority, ComplaintStatus status, Long departmentId,
                        Long handlerId, Boolean overdue, Boolean major, Boolean repeat, String text) {
        this(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId, handlerId,
                overdue, major, repeat, text, null, null, null);
    }

    public LedgerFilter {
        statusIn = statusIn == null || statusIn.isEmpty() ? null : Set.copyOf(statusIn);
    }

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Only complaints that are not closed. */
    public static LedgerFilter open() {
        return none().withStatusIn(Set.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED, ComplaintStatus.INVESTIGATING,
                ComplaintStatus.AWAITING_CONFIRMATION, ComplaintStatus.REOPENED));
    }

    public LedgerFilter withHandler(Long handler) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId,
                handler, overdue, major, repeat, text, statusIn, dueBefore, criterion);
    }

    public LedgerFilter withDepartment(Long department) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, department,
                handlerId, overdue, major, repeat, text, statusIn, dueBefore, criterion);
    }

    public LedgerFilter withOverdue(Boolean onlyOverdue) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId,
                handlerId, onlyOverdue, major, repeat, text, statusIn, dueBefore, criterion);
    }

    public LedgerFilter withStatusIn(Set<ComplaintStatus> statuses) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId,
                handlerId, overdue, major, repeat, text, statuses, dueBefore, criterion);
    }

    public LedgerFilter withDueBefore(Instant limit) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId,
                handlerId, overdue, major, repeat, text, statusIn, limit, criterion);
    }

    public LedgerFilter withCriterion(Criterion subset) {
        return new LedgerFilter(receivedFrom, receivedTo, customerId, categoryId, type, priority, status, departmentId,
                handlerId, overdue, major, repeat, text, statusIn, dueBefore, subset);
    }
}
