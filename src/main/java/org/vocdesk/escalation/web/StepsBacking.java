package org.vocdesk.escalation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.escalation.boundary.StepsOverview;
import org.vocdesk.escalation.entity.StepFilter;
import org.vocdesk.escalation.entity.StepStatus;
import org.vocdesk.platform.web.Formats;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The administrator's list of all escalation steps, filtered by status, kind and due period, paged. */
@Named
@ViewScoped
public class StepsBacking implements Serializable {

    @Inject
    StepsOverview steps;

    @Inject
    Formats formats;

    private StepStatus status;
    private String kind;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private List<String> kinds;
    private StepFilter applied = StepFilter.ALL;
    private StepsLazyModel model;

    @PostConstruct
    void init() {
        kinds = steps.kinds();
        model = new StepsLazyModel(steps, () -> applied);
    }

    /** Applies the inputs (days in the company's time zone, "to" included); a period ending before it starts is refused. */
    public void apply() {
        applied = StepFilter.checked(status, kind, dueFrom == null ? null : formats.instant(dueFrom.atStartOfDay()),
                dueTo == null ? null : formats.instant(dueTo.plusDays(1).atStartOfDay()));
    }

    public StepStatus[] getStatuses() { return new StepStatus[]{StepStatus.PENDING, StepStatus.SENT, StepStatus.CANCELLED}; }

    public List<String> getKinds() { return kinds; }

    public StepsLazyModel getModel() { return model; }

    public StepStatus getStatus() { return status; }

    public void setStatus(StepStatus status) { this.status = status; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    public LocalDate getDueFrom() { return dueFrom; }

    public void setDueFrom(LocalDate dueFrom) { this.dueFrom = dueFrom; }

    public LocalDate getDueTo() { return dueTo; }

    public void setDueTo(LocalDate dueTo) { this.dueTo = dueTo; }
}
