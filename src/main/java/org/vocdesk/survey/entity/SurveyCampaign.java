package org.vocdesk.survey.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
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
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A satisfaction survey campaign: the period it covers, who is eligible (at least {@code minTransactions}), the
 * default questionnaire, the department responsible for improvement actions and the deadline for answers.
 * DRAFT until launched; launching locks the questionnaire versions it uses.
 */
@Audited
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

    public static final int DEFAULT_MIN_TRANSACTIONS = 3;
    public static final int DEFAULT_TARGET_PERCENT = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "respond_by", nullable = false)
    private Instant respondBy;

    @Column(name = "min_transactions", nullable = false)
    private int minTransactions;

    @Column(name = "target_percent", nullable = false)
    private int targetPercent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "launched_at")
    private Instant launchedAt;

    /** All active customers at launch: the base of "% of all customers". */
    @Column(name = "all_customers", nullable = false)
    private int allCustomers;

    @Version
    private long version;

    protected SurveyCampaign() {
    }

    public SurveyCampaign(String name, PeriodKind periodKind, LocalDate periodStart, Instant respondBy, Integer minTransactions,
                          Integer targetPercent, SurveyTemplate template, Department department, Instant now) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BusinessException.invalidField("name", "survey.campaign.nameInvalid");
        }
        if (periodStart == null) {
            throw BusinessException.invalidField("periodStart", "survey.campaign.periodStartMissing");
        }
        if (respondBy == null || !respondBy.isAfter(now)) {
            throw BusinessException.invalidField("respondBy", "survey.campaign.respondByInvalid");
        }
        int min = minTransactions == null ? DEFAULT_MIN_TRANSACTIONS : minTransactions;
        int target = targetPercent == null ? DEFAULT_TARGET_PERCENT : targetPercent;
        if (min < 0 || min > 100_000) {
            throw BusinessException.invalidField("minTransactions", "survey.campaign.minTransactionsInvalid");
        }
        if (target < 1 || target > 100) {
            throw BusinessException.invalidField("targetPercent", "survey.campaign.targetInvalid");
        }
        this.name = name.strip();
        this.periodKind = periodKind == null ? PeriodKind.ANNUAL : periodKind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd(this.periodKind, periodStart);
        this.respondBy = respondBy;
        this.minTransactions = min;
        this.targetPercent = target;
        this.template = Objects.requireNonNull(template);
        this.department = department;
        this.createdAt = now;
    }

    /** The last day of the period (included): a year or a quarter after its start. */
    public static LocalDate periodEnd(PeriodKind kind, LocalDate start) {
        return kind == PeriodKind.QUARTERLY ? start.plusMonths(3).minusDays(1) : start.plusYears(1).minusDays(1);
    }

    /** Goes live with the customers counted now; the questionnaire versions it uses are locked by the caller. */
    public void launch(int allActiveCustomers, Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw BusinessException.conflict("survey.campaign.notDraft", name);
        }
        status = CampaignStatus.LIVE;
        launchedAt = now;
        allCustomers = allActiveCustomers;
        template.lock();
    }

    public void close() {
        if (status != CampaignStatus.LIVE) {
            throw BusinessException.conflict("survey.campaign.notLive", name);
        }
        status = CampaignStatus.CLOSED;
    }

    public boolean isLive() {
        return status == CampaignStatus.LIVE;
    }

    public Long getId() { return id; }

    public String getName() { return name; }

    public PeriodKind getPeriodKind() { return periodKind; }

    public LocalDate getPeriodStart() { return periodStart; }

    public LocalDate getPeriodEnd() { return periodEnd; }

    public Instant getRespondBy() { return respondBy; }

    public int getMinTransactions() { return minTransactions; }

    public int getTargetPercent() { return targetPercent; }

    public SurveyTemplate getTemplate() { return template; }

    public Department getDepartment() { return department; }

    public CampaignStatus getStatus() { return status; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getLaunchedAt() { return launchedAt; }

    public int getAllCustomers() { return allCustomers; }

    public long getVersion() { return version; }
}
