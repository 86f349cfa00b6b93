package org.vocdesk.kpi.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An improvement plan from a recurring problem: goal, measures, owner, dates, linked complaints, and the KPI it
 * should move. Its effectiveness is reviewed one to three months after the measures are completed, with the
 * KPI's value before (the same length of time before the start) and after (from completion to the review).
 */
@Audited
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

    /** The review compares at least a month after completion (the seeds: 1-3 months). */
    public static final int REVIEW_AFTER_MONTHS = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String problem;

    @Column(nullable = false, length = 4000)
    private String goal;

    @Column(nullable = false, length = 4000)
    private String measures;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kpi kpi;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "before_value", precision = 14, scale = 4)
    private BigDecimal beforeValue;

    @Column(name = "after_value", precision = 14, scale = 4)
    private BigDecimal afterValue;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "improvement_plan_complaint", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "complaint_id", nullable = false)
    private Set<Long> complaintIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected ImprovementPlan() {
    }

    public ImprovementPlan(PlanDetails details, AppUser owner, Set<Long> complaints, String by, Instant now) {
        this.status = PlanStatus.PLANNED;
        this.createdAt = now;
        this.createdBy = by;
        change(details, owner, complaints);
    }

    /** While planned, everything may still change. */
    public void change(PlanDetails details, AppUser owner, Set<Long> complaints) {
        requireStatus(PlanStatus.PLANNED);
        if (blank(details.title()) || blank(details.problem()) || blank(details.goal()) || blank(details.measures())
                || owner == null || details.kpi() == null || details.startDate() == null || details.dueDate() == null) {
            throw BusinessException.invalid("kpi.plan.required");
        }
        if (details.dueDate().isBefore(details.startDate())) {
            throw BusinessException.invalidField("dueDate", "kpi.plan.dueBeforeStart");
        }
        this.title = details.title().strip();
        this.problem = details.problem().strip();
        this.goal = details.goal().strip();
        this.measures = details.measures().strip();
        this.owner = owner;
        this.kpi = details.kpi();
        this.categoryId = details.categoryId();
        this.departmentId = details.departmentId();
        this.startDate = details.startDate();
        this.dueDate = details.dueDate();
        this.complaintIds = new HashSet<>(complaints);
    }

    public void complete(LocalDate on) {
        requireStatus(PlanStatus.PLANNED);
        this.completedOn = on;
        this.status = PlanStatus.COMPLETED;
    }

    /** The earliest day of the effectiveness review. */
    public LocalDate reviewFrom() {
        return completedOn == null ? null : completedOn.plusMonths(REVIEW_AFTER_MONTHS);
    }

    /** The KPI's period before the plan: as long as the period after, ending the day before the start. */
    public KpiScope beforeScope(LocalDate until) {
        KpiScope after = afterScope(until);
        long days = after.to().toEpochDay() - after.from().toEpochDay();
        return new KpiScope(startDate.minusDays(days + 1), startDate.minusDays(1), departmentId, null, categoryId);
    }

    /** The KPI's period after the measures: from completion to the review (or the given day). */
    public KpiScope afterScope(LocalDate until) {
        LocalDate from = completedOn != null ? completedOn : dueDate;
        LocalDate to = reviewedOn != null ? reviewedOn : until;
        return new KpiScope(from, to.isBefore(from) ? from : to, departmentId, null, categoryId);
    }

    public void review(boolean effective, BigDecimal before, BigDecimal after, String comment, String by, LocalDate today) {
        requireStatus(PlanStatus.COMPLETED);
        if (today.isBefore(reviewFrom())) {
            throw BusinessException.conflict("kpi.plan.reviewTooEarly", reviewFrom());
        }
        this.beforeValue = before;
        this.afterValue = after;
        this.reviewComment = blank(comment) ? null : comment.strip();
        this.reviewedBy = by;
        this.reviewedOn = today;
        this.status = effective ? PlanStatus.EFFECTIVE : PlanStatus.NOT_EFFECTIVE;
    }

    private void requireStatus(PlanStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("kpi.plan.wrongStatus", status);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() { return id; }

    public String getTitle() { return title; }

    public String getProblem() { return problem; }

    public String getGoal() { return goal; }

    public String getMeasures() { return measures; }

    public AppUser getOwner() { return owner; }

    public Kpi getKpi() { return kpi; }

    public Long getCategoryId() { return categoryId; }

    public Long getDepartmentId() { return departmentId; }

    public LocalDate getStartDate() { return startDate; }

    public LocalDate getDueDate() { return dueDate; }

    public LocalDate getCompletedOn() { return completedOn; }

    public PlanStatus getStatus() { return status; }

    public BigDecimal getBeforeValue() { return beforeValue; }

    public BigDecimal getAfterValue() { return afterValue; }

    public LocalDate getReviewedOn() { return reviewedOn; }

    public String getReviewedBy() { return reviewedBy; }

    public String getReviewComment() { return reviewComment; }

    public Set<Long> getComplaintIds() { return Set.copyOf(complaintIds); }

    public Instant getCreatedAt() { return createdAt; }

    public String getCreatedBy() { return createdBy; }

    public long getVersion() { return version; }
}
