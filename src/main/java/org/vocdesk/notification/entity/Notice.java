package org.vocdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;

/** A notice in one person's inbox; acknowledged once, by its recipient, with an optional comment. */
@Entity
@Table(name = "notice")
public class Notice {

    /** From a sequence, 50 at a time, so that a run writing thousands of them inserts in JDBC batches (V532). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private AppUser recipient;

    @Column(name = "step_id")
    private Long stepId;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_ref", nullable = false, length = 60)
    private String subjectRef;

    @Column(name = "link_path", nullable = false, length = 300)
    private String linkPath;

    @Column(name = "deadline_kind", nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 30)
    private String level;

    @Column(name = "reason_key", nullable = false, length = 120)
    private String reasonKey;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 60)
    private String acknowledgedBy;

    @Column(name = "ack_comment", length = 4000)
    private String comment;

    @Version
    private long version;

    protected Notice() {
    }

    public Notice(AppUser recipient, NoticeRequest request, Instant now) {
        this.recipient = recipient;
        this.stepId = request.stepId();
        this.subjectType = request.subjectType();
        this.subjectId = request.subjectId();
        this.subjectRef = request.subjectRef();
        this.linkPath = request.linkPath();
        this.kind = request.kind();
        this.level = request.level();
        this.reasonKey = request.reasonKey();
        this.deadline = request.deadline();
        this.createdAt = now;
    }

    public void acknowledge(String username, String comment, Instant now) {
        if (!recipient.getUsername().equals(username)) {
            throw BusinessException.forbidden("notification.notice.notYours");
        }
        if (acknowledgedAt != null) {
            throw BusinessException.conflict("notification.notice.alreadyAcknowledged");
        }
        if (comment != null && comment.strip().length() > 4000) {
            throw BusinessException.invalidField("comment", "notification.notice.commentTooLong", 4000);
        }
        this.acknowledgedAt = now;
        this.acknowledgedBy = username;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** How long past the deadline at {@code now} (zero while it has not passed). */
    public Duration lateness(Instant now) {
        return now.isAfter(deadline) ? Duration.between(deadline, now) : Duration.ZERO;
    }

    public boolean isAcknowledged() { return acknowledgedAt != null; }

    public Long getId() { return id; }

    public AppUser getRecipient() { return recipient; }

    public Long getStepId() { return stepId; }

    public String getSubjectType() { return subjectType; }

    public long getSubjectId() { return subjectId; }

    public String getSubjectRef() { return subjectRef; }

    public String getLinkPath() { return linkPath; }

    public String getKind() { return kind; }

    public String getLevel() { return level; }

    public String getReasonKey() { return reasonKey; }

    public Instant getDeadline() { return deadline; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getAcknowledgedAt() { return acknowledgedAt; }

    public String getAcknowledgedBy() { return acknowledgedBy; }

    public String getComment() { return comment; }
}
