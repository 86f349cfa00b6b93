package org.vocdesk.kpi.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.kpi.boundary.ImprovementPlans;
import org.vocdesk.kpi.boundary.Kpis;
import org.vocdesk.kpi.boundary.PlanView;
import org.vocdesk.kpi.entity.Kpi;
import org.vocdesk.kpi.entity.PlanDetails;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The improvement plans (改进策略执行表): the list with the KPI before and after, a form for a new plan (prefilled
 * from the monthly analysis: ?categoryId=&departmentId=&problem=), completing and reviewing.
 */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    @Inject
    ImprovementPlans plans;

    @Inject
    Complaints complaints;

    @Inject
    Kpis kpis;

    private List<PlanView> list;
    private List<AppUser> owners;
    private List<Category> categories;
    private List<Department> departments;

    private String title;
    private String problem;
    private String goal;
    private String measures;
    private Long ownerId;
    private Kpi kpi = Kpi.REPEAT_COMPLAINTS;
    private Long categoryId;
    private Long departmentId;
    private LocalDate startDate;
    private LocalDate dueDate;
    private String complaintNumbers;
    private String reviewComment;

    @PostConstruct
    void init() {
        startDate = kpis.today();
        dueDate = startDate.plusMonths(1);
        owners = plans.owners();
        categories = complaints.categories(false);
        departments = complaints.departments();
        reload();
    }

    private void reload() {
        list = plans.list();
    }

    public void create() {
        try {
            List<String> numbers = complaintNumbers == null ? List.of() : Arrays.stream(complaintNumbers.split("[,，\\s]+")).toList();
            PlanView created = plans.create(new PlanDetails(title, problem, goal, measures, ownerId, kpi, categoryId, departmentId,
                    startDate, dueDate, numbers));
            FacesMessages.info("kpi.plan.saved", created.title());
            title = problem = goal = measures = complaintNumbers = null;
            reload();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void complete(PlanView plan) {
        act(() -> plans.complete(plan.id(), plan.version(), null));
    }

    public void review(PlanView plan, boolean effective) {
        act(() -> plans.review(plan.id(), plan.version(), effective, reviewComment));
        reviewComment = null;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        reload();
    }

    public List<PlanView> getList() { return list; }

    public List<AppUser> getOwners() { return owners; }

    public List<Category> getCategories() { return categories; }

    public List<Department> getDepartments() { return departments; }

    public Kpi[] getKpis() { return Kpi.values(); }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getProblem() { return problem; }

    public void setProblem(String problem) { this.problem = problem; }

    public String getGoal() { return goal; }

    public void setGoal(String goal) { this.goal = goal; }

    public String getMeasures() { return measures; }

    public void setMeasures(String measures) { this.measures = measures; }

    public Long getOwnerId() { return ownerId; }

    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }

    public Kpi getKpi() { return kpi; }

    public void setKpi(Kpi kpi) { this.kpi = kpi; }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }

    public LocalDate getStartDate() { return startDate; }

    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }

    public LocalDate getDueDate() { return dueDate; }

    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }

    public String getComplaintNumbers() { return complaintNumbers; }

    public void setComplaintNumbers(String complaintNumbers) { this.complaintNumbers = complaintNumbers; }

    public String getReviewComment() { return reviewComment; }

    public void setReviewComment(String reviewComment) { this.reviewComment = reviewComment; }
}
