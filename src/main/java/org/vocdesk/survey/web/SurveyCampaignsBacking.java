package org.vocdesk.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.survey.boundary.CampaignInput;
import org.vocdesk.survey.boundary.CampaignView;
import org.vocdesk.survey.boundary.LaunchInput;
import org.vocdesk.survey.boundary.Surveys;
import org.vocdesk.survey.boundary.TemplateView;
import org.vocdesk.survey.entity.PeriodKind;
import org.vocdesk.survey.entity.SurveyCampaign;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Campaigns with their live return rate; creating, launching, reminding and closing them. */
@Named
@ViewScoped
public class SurveyCampaignsBacking implements Serializable {

    @Inject
    Surveys surveys;

    @Inject
    Organisation organisation;

    @Inject
    Formats fmt;

    private List<CampaignView> campaigns;
    private String name;
    private PeriodKind periodKind = PeriodKind.ANNUAL;
    private LocalDate periodStart = LocalDate.now().withDayOfYear(1);
    private LocalDate respondBy = LocalDate.now().plusWeeks(4);
    private Integer minTransactions = SurveyCampaign.DEFAULT_MIN_TRANSACTIONS;
    private Integer targetPercent = SurveyCampaign.DEFAULT_TARGET_PERCENT;
    private String projectType = "TECHNICAL_SERVICE";
    private Long departmentId;

    public List<CampaignView> getCampaigns() {
        if (campaigns == null) {
            campaigns = surveys.campaigns();
        }
        return campaigns;
    }

    public void create() {
        act(() -> surveys.createCampaign(new CampaignInput(name, periodKind, periodStart,
                respondBy == null ? null : respondBy.plusDays(1).atStartOfDay(fmt.zone()).toInstant(), minTransactions, targetPercent,
                projectType, departmentId)));
    }

    public void launch(long id) {
        act(() -> surveys.launch(id, LaunchInput.defaults()));
    }

    public void remind(long id) {
        act(() -> surveys.remind(id));
    }

    public void close(long id) {
        act(() -> surveys.close(id));
    }

    private void act(Runnable action) {
        try {
            action.run();
            campaigns = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** "12 customers eligible of 40 (30.0%)" for the period and minimum as typed, before the campaign exists. */
    public String getPreview() {
        long[] counts = surveys.eligiblePreview(periodKind, periodStart, minTransactions == null ? SurveyCampaign.DEFAULT_MIN_TRANSACTIONS : minTransactions);
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.vocdesk.platform.control.Messages.get(locale, "survey.campaign.preview", counts[0], counts[1],
                org.vocdesk.survey.entity.Eligibility.percent(counts[0], counts[1]),
                periodStart == null ? "" : periodStart, periodStart == null ? "" : SurveyCampaign.periodEnd(periodKind, periodStart));
    }

    public List<String> getProjectTypes() {
        return surveys.templates().stream().map(TemplateView::projectType).distinct().toList();
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public PeriodKind[] getPeriodKinds() {
        return PeriodKind.values();
    }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public PeriodKind getPeriodKind() { return periodKind; }

    public void setPeriodKind(PeriodKind periodKind) { this.periodKind = periodKind; }

    public LocalDate getPeriodStart() { return periodStart; }

    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }

    public LocalDate getRespondBy() { return respondBy; }

    public void setRespondBy(LocalDate respondBy) { this.respondBy = respondBy; }

    public Integer getMinTransactions() { return minTransactions; }

    public void setMinTransactions(Integer minTransactions) { this.minTransactions = minTransactions; }

    public Integer getTargetPercent() { return targetPercent; }

    public void setTargetPercent(Integer targetPercent) { this.targetPercent = targetPercent; }

    public String getProjectType() { return projectType; }

    public void setProjectType(String projectType) { this.projectType = projectType; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
}
