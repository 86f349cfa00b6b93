package org.vocdesk.capa.entity;

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
import org.vocdesk.identity.entity.AppUser;

import java.time.Instant;

/** One discipline of an 8D report: its owner, its deadline, and when it was completed (or why it was returned). */
@Audited
@Entity
@Table(name = "capa_step")
public class EightDStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private EightDReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Discipline discipline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** A deadline someone chose is kept when the calendar changes; a planned one follows the calendar. */
    @Column(name = "due_set_by_hand", nullable = false)
    private boolean dueSetByHand;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 60)
    private String completedBy;

    @Column(name = "returned_reason", length = 4000)
    private String returnedReason;

    protected EightDStep() {
    }

    EightDStep(EightDReport report, Discipline discipline, AppUser owner, Instant dueAt) {
        this.report = report;
        this.discipline = discipline;
        this.owner = owner;
        this.dueAt = dueAt;
    }

    void complete(String by, Instant now) {
        this.completedAt = now;
        this.completedBy = by;
        this.returnedReason = null;
    }

    void returnWith(String reason) {
        this.completedAt = null;
        this.completedBy = null;
        this.returnedReason = reason;
    }

    void assign(AppUser newOwner, Instant newDue) {
        this.owner = newOwner;
        if (newDue != null) {
            this.dueAt = newDue;
            this.dueSetByHand = true;
        }
    }

    /** Takes the newly planned deadline unless the step is done or its deadline was chosen by hand; true if it moved. */
    boolean replan(Instant planned) {
        if (isCompleted() || dueSetByHand || planned == null || planned.equals(dueAt)) {
            return false;
        }
        this.dueAt = planned;
        return true;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return !isCompleted() && now.isAfter(dueAt);
    }

    public Long getId() { return id; }

    public EightDReport getReport() { return report; }

    public Discipline getDiscipline() { return discipline; }

    public AppUser getOwner() { return owner; }

    public Instant getDueAt() { return dueAt; }

    public Instant getCompletedAt() { return completedAt; }

    public String getCompletedBy() { return completedBy; }

    public String getReturnedReason() { return returnedReason; }
}
