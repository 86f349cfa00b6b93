package org.vocdesk.complaint.entity;

/**
 * Fired whenever a complaint's deadlines are (re)planned; escalation observes it after commit to plan its
 * steps. It carries the complaint rather than its id because at intake the deadlines are planned before the
 * complaint is persisted: the id is read after commit, when it exists.
 */
public final class DeadlinesPlanned {

    private final Complaint complaint;

    public DeadlinesPlanned(Complaint complaint) {
        this.complaint = complaint;
    }

    public Long complaintId() {
        return complaint.getId();
    }
}
