package org.vocdesk.complaint.boundary;

import jakarta.ws.rs.QueryParam;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;

import java.time.ZoneId;

/**
 * The ledger's filter as query parameters, shared by the list and the exports, and the names the ledger
 * page uses in its own URL (so a filtered page and its export links carry the same query string).
 * Received dates may be days (yyyy-MM-dd, company zone, both days included) or instants.
 */
public class LedgerParams {

    @QueryParam("receivedFrom") String receivedFrom;
    @QueryParam("receivedTo") String receivedTo;
    @QueryParam("customerId") String customerId;
    @QueryParam("categoryId") String categoryId;
    @QueryParam("type") String type;
    @QueryParam("priority") String priority;
    @QueryParam("status") String status;
    @QueryParam("departmentId") String departmentId;
    @QueryParam("handlerId") String handlerId;
    @QueryParam("overdue") String overdue;
    @QueryParam("major") String major;
    @QueryParam("repeat") String repeat;
    @QueryParam("q") String text;
    @QueryParam("criterion") String criterion;
    @QueryParam("sort") String sort;
    @QueryParam("order") String order;

    /** The filter, or a BusinessException (400) naming the first parameter with a wrong value. */
    LedgerFilter filter(ZoneId zone) {
        return new LedgerFilter(QueryParameters.startOf(receivedFrom, "receivedFrom", zone),
                QueryParameters.endOf(receivedTo, "receivedTo", zone),
                QueryParameters.number(customerId, "customerId"), QueryParameters.number(categoryId, "categoryId"),
                QueryParameters.enumOf(FeedbackType.class, type, "type"), QueryParameters.enumOf(Urgency.class, priority, "priority"),
                QueryParameters.enumOf(ComplaintStatus.class, status, "status"), QueryParameters.number(departmentId, "departmentId"),
                QueryParameters.number(handlerId, "handlerId"), QueryParameters.flag(overdue, "overdue"),
                QueryParameters.flag(major, "major"), QueryParameters.flag(repeat, "repeat"),
                text == null || text.isBlank() ? null : text.strip())
                .withCriterion(QueryParameters.enumOf(Criterion.class, criterion, "criterion"));
    }

    String sort() {
        return sort;
    }

    boolean ascending() {
        return "asc".equalsIgnoreCase(order);
    }
}
