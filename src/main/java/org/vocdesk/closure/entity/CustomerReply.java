package org.vocdesk.closure.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;

/** What the customer was told, how and when; with their satisfaction when they said it (e.g. on the phone). */
@Audited
@Entity
@Table(name = "customer_reply")
public class CustomerReply {

    public static final int TEXT_MAX = 8000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ReplyPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Channel channel;

    @Column(name = "reply_text", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "replied_at", nullable = false, updatable = false)
    private Instant repliedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Satisfaction satisfaction;

    @Column(name = "mailed_to", length = 200, updatable = false)
    private String mailedTo;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CustomerReply() {
    }

    public CustomerReply(long complaintId, ReplyPurpose purpose, Channel channel, String text, String language, Instant repliedAt,
                         Satisfaction satisfaction, Instant receivedAt, String recordedBy, Instant now) {
        if (purpose == null) {
            throw BusinessException.invalidField("purpose", "closure.reply.purposeRequired");
        }
        if (channel == null) {
            throw BusinessException.invalidField("channel", "closure.reply.channelRequired");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.invalidField("text", "closure.reply.textRequired");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw BusinessException.invalidField("text", "closure.reply.textTooLong", TEXT_MAX);
        }
        if (repliedAt == null || repliedAt.isBefore(receivedAt) || repliedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw BusinessException.invalidField("repliedAt", "closure.reply.timeInvalid");
        }
        this.complaintId = complaintId;
        this.purpose = purpose;
        this.channel = channel;
        this.text = text.strip();
        this.language = Languages.tag(language);
        this.repliedAt = repliedAt;
        this.satisfaction = satisfaction;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** Sent by e-mail (through the outbox) to this address. */
    public void mailedTo(String address) {
        this.mailedTo = address;
    }

    public Long getId() { return id; }

    public long getComplaintId() { return complaintId; }

    public ReplyPurpose getPurpose() { return purpose; }

    public Channel getChannel() { return channel; }

    public String getText() { return text; }

    public String getLanguage() { return language; }

    public Instant getRepliedAt() { return repliedAt; }

    public Satisfaction getSatisfaction() { return satisfaction; }

    public String getMailedTo() { return mailedTo; }

    public String getRecordedBy() { return recordedBy; }

    public Instant getRecordedAt() { return recordedAt; }
}
