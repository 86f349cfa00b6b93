package org.vocdesk.complaint.boundary;

import jakarta.ws.rs.QueryParam;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public LedgerFilter filter(ZoneId zone) {
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

    public String sort() {
        return sort;
    }

    public boolean ascending() {
        return "asc".equalsIgnoreCase(order);
    }

    /**
     * The same parameters from a map (a stored query string: background reports re-read the ledger's filter when they
     * run); unknown names are ignored as JAX-RS ignores them.
     */
    public static LedgerParams of(Map<String, String> values) {
        LedgerParams params = new LedgerParams();
        params.receivedFrom = values.get("receivedFrom");
        params.receivedTo = values.get("receivedTo");
        params.customerId = values.get("customerId");
        params.categoryId = values.get("categoryId");
        params.type = values.get("type");
        params.priority = values.get("priority");
        params.status = values.get("status");
        params.departmentId = values.get("departmentId");
        params.handlerId = values.get("handlerId");
        params.overdue = values.get("overdue");
        params.major = values.get("major");
        params.repeat = values.get("repeat");
        params.text = values.get("q");
        params.criterion = values.get("criterion");
        params.sort = values.get("sort");
        params.order = values.get("order");
        return params;
    }

    /** The parameters that are set, by their query names, in the order of the ledger's filter form. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        String[][] pairs = {{"receivedFrom", receivedFrom}, {"receivedTo", receivedTo}, {"customerId", customerId},
                {"categoryId", categoryId}, {"type", type}, {"priority", priority}, {"status", status},
                {"departmentId", departmentId}, {"handlerId", handlerId}, {"overdue", overdue}, {"major", major},
                {"repeat", repeat}, {"q", text}, {"criterion", criterion}, {"sort", sort}, {"order", order}};
        for (String[] pair : pairs) {
            if (pair[1] != null && !pair[1].isBlank()) {
                values.put(pair[0], pair[1].strip());
            }
        }
        return values;
    }
}
