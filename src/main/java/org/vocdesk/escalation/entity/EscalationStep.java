package org.vocdesk.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/**
 * One level of escalation for one deadline of one subject. Unique per (subject, kind, level, deadline), so
 * planning twice creates nothing new; claimed by a conditional UPDATE (PENDING -> CLAIMED) in the same
 * transaction that writes its notices, so it is acted on exactly once.
 */
@Entity
@Table(name = "escalation_step")
public class EscalationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_step_seq")
    @SequenceGenerator(name = "escalation_step_seq", sequenceName = "escalation_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_ref", nullable = false, length = 60)
    private String subjectRef;

    @Column(name = "deadline_kind", nullable = false, length = 40)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EscalationLevel level;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadline;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(nullable = false)
    private int recipients;

    @Column(length = 200)
    private String note;

    protected EscalationStep() {
    }

    public EscalationStep(WatchedSubject subject, PlannedStep planned, Instant now) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectRef = subject.ref();
        this.kind = planned.kind();
        this.level = planned.level();
        this.deadline = planned.deadline();
        this.dueAt = planned.dueAt();
        this.status = StepStatus.PENDING;
        this.createdAt = now;
    }

    public boolean matches(PlannedStep planned) {
        return kind.equals(planned.kind()) && level == planned.level() && deadline.equals(planned.deadline());
    }

    /**
     * The rules changed (or a deferral ends early because the record moved): due at the planned time again. A
     * step cancelled only because its clock stopped comes back when the clock restarts with the same deadline
     * (it was never sent, so this cannot notify twice).
     */
    public void reschedule(Instant due) {
        if (status == StepStatus.CANCELLED && StepRules.PAUSED.equals(note)) {
            this.status = StepStatus.PENDING;
            this.doneAt = null;
            this.dueAt = due;
            this.note = null;
        } else if (status == StepStatus.PENDING && !due.equals(dueAt)) {
            this.dueAt = due;
            this.note = null;
        }
    }

    /** After the claiming UPDATE: the notices were written in this transaction. */
    public void sent(int count, Instant now) {
        requireClaimed();
        this.status = StepStatus.SENT;
        this.recipients = count;
        this.doneAt = now;
    }

    /** Nobody to tell yet (no handler assigned): stays pending and is tried again later or when re-planned. */
    public void defer(Instant until, String why) {
        requireClaimed();
        this.status = StepStatus.PENDING;
        this.dueAt = until;
        this.note = why;
    }

    public void cancel(String why, Instant now) {
        if (status == StepStatus.SENT || status == StepStatus.CANCELLED) {
            return;
        }
        this.status = StepStatus.CANCELLED;
        this.note = why;
        this.doneAt = now;
    }

    private void requireClaimed() {
        if (status != StepStatus.CLAIMED) {
            throw BusinessException.conflict("escalation.step.notClaimed", id);
        }
    }

    public Long getId() { return id; }

    public String getSubjectType() { return subjectType; }

    public long getSubjectId() { return subjectId; }

    public String getSubjectRef() { return subjectRef; }

    public String getKind() { return kind; }

    public EscalationLevel getLevel() { return level; }

    public Instant getDeadline() { return deadline; }

    public Instant getDueAt() { return dueAt; }

    public StepStatus getStatus() { return status; }

    public Instant getCreatedAt() { return createdAt; }

    public String getClaimedBy() { return claimedBy; }

    public Instant getClaimedAt() { return claimedAt; }

    public Instant getDoneAt() { return doneAt; }

    public int getRecipients() { return recipients; }

    public String getNote() { return note; }
}
