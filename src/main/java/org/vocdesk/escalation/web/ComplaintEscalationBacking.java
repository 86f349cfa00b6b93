package org.vocdesk.escalation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.escalation.boundary.StepsOverview;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.platform.web.LanguageBacking;

import java.util.List;

/** The escalation history section of the complaint page (WEB-INF/includes/complaint-escalation.xhtml). */
@Named
@RequestScoped
public class ComplaintEscalationBacking {

    @Inject
    StepsOverview steps;

    @Inject
    LanguageBacking language;

    private List<StepsOverview.HistoryEntry> history;

    public List<StepsOverview.HistoryEntry> history(Long complaintId) {
        if (history == null) {
            history = complaintId == null ? List.of() : steps.history(ComplaintDeadlines.TYPE, complaintId, language.getLocale());
        }
        return history;
    }
}
