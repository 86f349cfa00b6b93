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
import org.vocdesk.escalation.control.PlanningSignal;

/**
 * Reacts to the complaint feature after its transaction committed: planned deadlines get their steps, a
 * moved complaint loses the steps that no longer apply, and a major complaint notifies the managers at once
 * (its steps are due at recording; the unique step key and the claim make it exactly once even if the timer
 * reaches them first). In the complaint's own transaction each change leaves a plan request; after commit one
 * drain per node plans all requests in batches, on another thread (see Escalations.planRequested), so a node that
 * stops between the commit and the planning loses nothing: the next timer run plans what was requested.
 */
@ApplicationScoped
public class EscalationTriggers {

    @Inject
    Escalations escalations;

    @Inject
    PlanRequests requests;

    @Inject
    PlanningSignal signal;

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
        planRequested();
    }

    void onMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintMoved moved) {
        planRequested();
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintRecorded recorded) {
        planRequested();
    }

    private void planRequested() {
        if (signal.raise()) {
            try {
                escalations.planRequested();
            } catch (RuntimeException notStarted) {
                signal.reset(); // e.g. while the server stops: the requests stay for the timer's sweep
                throw notStarted;
            }
        }
    }
}
