package org.vocdesk.capa.entity;

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
import org.vocdesk.identity.entity.AppUser;

import java.time.Instant;

/** Someone at a review meeting; the managers among them countersign its conclusion (会签). */
@Audited
@Entity
@Table(name = "capa_meeting_attendee")
public class MeetingAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private ReviewMeeting meeting;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "must_sign", nullable = false)
    private boolean mustSign;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Column(name = "signature_id")
    private Long signatureId;

    protected MeetingAttendee() {
    }

    MeetingAttendee(ReviewMeeting meeting, AppUser user, boolean mustSign) {
        this.meeting = meeting;
        this.user = user;
        this.mustSign = mustSign;
    }

    void countersign(Instant now, Long signature) {
        this.countersignedAt = now;
        this.signatureId = signature;
    }

    /** The electronic signature given with the countersignature. */
    public void backedBy(long signature) {
        this.signatureId = signature;
    }

    public boolean isCountersigned() {
        return countersignedAt != null;
    }

    public Long getId() { return id; }

    public AppUser getUser() { return user; }

    public boolean isMustSign() { return mustSign; }

    public Instant getCountersignedAt() { return countersignedAt; }

    public Long getSignatureId() { return signatureId; }
}
