package org.vocdesk.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.vocdesk.complaint.entity.ComplaintMoved;
import org.vocdesk.complaint.entity.ComplaintRecorded;
import org.vocdesk.complaint.entity.DeadlinesPlanned;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.control.PlanRequests;

/**
 * Reacts to the complaint feature after its transaction committed: planned deadlines get their steps, a
 * moved complaint loses the steps that no longer apply, and a major complaint notifies the managers at once
 * (its steps are due at recording; the unique step key and the claim make it exactly once even if the timer
 * reaches them first). The work runs asynchronously in its own transactions (see Escalations.planSoon). In
 * the complaint's own transaction each change also leaves a plan request, so a node that stops between the
 * commit and the planning loses nothing: the next timer run plans what was requested.
 */
@ApplicationScoped
public class EscalationTriggers {

    @Inject
    Escalations escalations;

    @Inject
    PlanRequests requests;

    /** In the complaint's transaction: the durable request that the timer's sweep falls back on. */
    void requestOnPlanned(@Observes DeadlinesPlanned planned) {
        requests.request(ComplaintDeadlines.TYPE, planned.complaintId()); // no id yet at intake: see ComplaintRecorded
    }

    void requestOnMoved(@Observes ComplaintMoved moved) {
        requests.request(ComplaintDeadlines.TYPE, moved.complaintId());
    }

    void requestOnRecorded(@Observes ComplaintRecorded recorded) {
        requests.request(ComplaintDeadlines.TYPE, recorded.complaintId());
    }

    void onPlanned(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlinesPlanned planned) {
        Long id = planned.complaintId();
        if (id != null) {
            escalations.planSoon(ComplaintDeadlines.TYPE, id, false);
        }
    }

    void onMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintMoved moved) {
        escalations.planSoon(ComplaintDeadlines.TYPE, moved.complaintId(), false);
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintRecorded recorded) {
        if (recorded.major()) {
            escalations.planSoon(ComplaintDeadlines.TYPE, recorded.complaintId(), true);
        }
    }
}
