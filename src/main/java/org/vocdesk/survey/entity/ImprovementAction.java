package org.vocdesk.survey.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * The follow-up of a response under 90 or with a not-satisfied item: the responsible department analyses the
 * cause and acts (action due), and the customer gets a reply (reply due). Both deadlines are watched by the
 * escalation engine until done.
 */
@Audited
@Entity
@Table(name = "survey_improvement")
public class ImprovementAction {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id")
    private SurveyInvitation invitation;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(nullable = false, length = NOTE_MAX)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "action_due", nullable = false)
    private Instant actionDue;

    @Column(name = "reply_due", nullable = false)
    private Instant replyDue;

    @Column(name = "action_done_at")
    private Instant actionDoneAt;

    @Column(name = "action_note", length = NOTE_MAX)
    private String actionNote;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "reply_note", length = NOTE_MAX)
    private String replyNote;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    public ImprovementAction(SurveyInvitation invitation, Department department, AppUser owner, String reason,
                             Instant actionDue, Instant replyDue, Instant now) {
        this.invitation = Objects.requireNonNull(invitation);
        this.campaignId = invitation.getCampaign().getId();
        this.customerId = invitation.getCustomer().getId();
        this.department = department;
        this.owner = owner;
        this.reason = reason.length() > NOTE_MAX ? reason.substring(0, NOTE_MAX) : reason;
        this.openedAt = now;
        this.actionDue = actionDue;
        this.replyDue = replyDue;
    }

    public void completeAction(String note, Instant now) {
        if (actionDoneAt != null) {
            throw BusinessException.conflict("survey.improvement.actionDone");
        }
        actionNote = required(note);
        actionDoneAt = now;
    }

    public void replied(String note, Instant now) {
        if (repliedAt != null) {
            throw BusinessException.conflict("survey.improvement.replied");
        }
        replyNote = required(note);
        repliedAt = now;
    }

    /** Another owner and/or action due date (end of the given day); refused once the action is done or for a past date. */
    public void reassign(AppUser newOwner, Instant newActionDue, Instant now) {
        if (actionDoneAt != null) {
            throw BusinessException.conflict("survey.improvement.actionDone");
        }
        if (newActionDue != null && !newActionDue.isAfter(now)) {
            throw BusinessException.invalidField("actionDue", "survey.improvement.dueInPast");
        }
        if (newOwner != null) {
            owner = newOwner;
        }
        if (newActionDue != null) {
            actionDue = newActionDue;
        }
    }

    public boolean isDone() {
        return actionDoneAt != null && repliedAt != null;
    }

    private static String required(String note) {
        if (note == null || note.isBlank() || note.length() > NOTE_MAX) {
            throw BusinessException.invalidField("note", "survey.improvement.noteInvalid", NOTE_MAX);
        }
        return note.strip();
    }

    public Long getId() { return id; }

    public SurveyInvitation getInvitation() { return invitation; }

    public Long getCampaignId() { return campaignId; }

    public Long getCustomerId() { return customerId; }

    public Department getDepartment() { return department; }

    public AppUser getOwner() { return owner; }

    public String getReason() { return reason; }

    public Instant getOpenedAt() { return openedAt; }

    public Instant getActionDue() { return actionDue; }

    public Instant getReplyDue() { return replyDue; }

    public Instant getActionDoneAt() { return actionDoneAt; }

    public String getActionNote() { return actionNote; }

    public Instant getRepliedAt() { return repliedAt; }

    public String getReplyNote() { return replyNote; }

    public long getVersion() { return version; }
}
