package org.vocdesk.closure.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/**
 * The check some months after closure that the problem has not come back (回访). Due at a stored date, watched
 * by the escalation engine until done; cancelled when the complaint is reopened (its next closure plans a new one).
 */
@Audited
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int NOTE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column
    private Boolean recurred;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(long complaintId, Instant dueAt, Instant now) {
        this.complaintId = complaintId;
        this.dueAt = dueAt;
        this.createdAt = now;
    }

    public boolean isOpen() {
        return doneAt == null && cancelledAt == null;
    }

    public void complete(String by, boolean problemRecurred, String text, Instant now) {
        if (!isOpen()) {
            throw BusinessException.conflict("closure.followUp.notOpen");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.invalidField("note", "closure.followUp.noteRequired");
        }
        if (text.strip().length() > NOTE_MAX) {
            throw BusinessException.invalidField("note", "closure.followUp.noteTooLong", NOTE_MAX);
        }
        this.doneAt = now;
        this.doneBy = by;
        this.recurred = problemRecurred;
        this.note = text.strip();
    }

    public void cancel(Instant now) {
        if (isOpen()) {
            cancelledAt = now;
        }
    }

    public Long getId() { return id; }

    public long getComplaintId() { return complaintId; }

    public Instant getDueAt() { return dueAt; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getDoneAt() { return doneAt; }

    public String getDoneBy() { return doneBy; }

    public Boolean getRecurred() { return recurred; }

    public String getNote() { return note; }

    public Instant getCancelledAt() { return cancelledAt; }
}
