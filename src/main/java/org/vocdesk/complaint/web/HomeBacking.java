package org.vocdesk.complaint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.MyWork;
import org.vocdesk.identity.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;

/** The home page: the current user's open work, each list linking to the complaints and to the full ledger. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    @Inject
    Complaints complaints;

    @Inject
    Clock clock;

    private MyWork work;

    @PostConstruct
    void init() {
        if (isStaff()) {
            work = complaints.myWork();
        }
    }

    /** Administrators without a staff role keep users and settings, not complaints. */
    public boolean isStaff() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(Role.values()).filter(r -> r != Role.ADMINISTRATOR).anyMatch(r -> external.isUserInRole(r.name()));
    }

    public boolean overdue(LedgerRow row) {
        return row != null && row.isOverdue(clock.instant());
    }

    public MyWork getWork() { return work; }
}
