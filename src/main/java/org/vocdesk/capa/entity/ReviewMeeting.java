package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A cross-department review meeting (评审会): when, who attended, what was concluded. The attending
 * department, quality and general managers countersign the conclusion; it is agreed once all have.
 */
@Audited
@Entity
@Table(name = "capa_meeting")
public class ReviewMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private EightDReport report;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 4000)
    private String conclusion;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    protected ReviewMeeting() {
    }

    ReviewMeeting(EightDReport report, LocalDate heldOn, List<AppUser> people, String conclusion, String recordedBy, LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw BusinessException.invalidField("heldOn", "capa.meeting.dateInvalid");
        }
        if (people == null || people.size() < 2) {
            throw BusinessException.invalidField("attendees", "capa.meeting.attendeesRequired");
        }
        this.report = report;
        this.heldOn = heldOn;
        this.conclusion = Texts.required(conclusion, "conclusion", "capa.meeting.conclusionRequired");
        this.recordedBy = recordedBy;
        people.stream().distinct().forEach(p -> attendees.add(new MeetingAttendee(this, p, isManager(p))));
    }

    private static boolean isManager(AppUser user) {
        return user.has(Role.DEPARTMENT_MANAGER) || user.has(Role.QUALITY_MANAGER) || user.has(Role.GENERAL_MANAGER);
    }

    /** The attending manager signs; anyone else, or twice, is refused. */
    public MeetingAttendee countersign(String username, Instant now, Long signatureId) {
        MeetingAttendee attendee = attendees.stream().filter(a -> a.isMustSign() && a.getUser().getUsername().equals(username))
                .findFirst().orElseThrow(() -> BusinessException.forbidden("capa.meeting.notASigner"));
        if (attendee.isCountersigned()) {
            throw BusinessException.conflict("capa.meeting.alreadySigned");
        }
        attendee.countersign(now, signatureId);
        return attendee;
    }

    public boolean isAgreed() {
        return attendees.stream().filter(MeetingAttendee::isMustSign).allMatch(MeetingAttendee::isCountersigned);
    }

    public Long getId() { return id; }

    public LocalDate getHeldOn() { return heldOn; }

    public String getConclusion() { return conclusion; }

    public String getRecordedBy() { return recordedBy; }

    public List<MeetingAttendee> getAttendees() { return List.copyOf(attendees); }
}
