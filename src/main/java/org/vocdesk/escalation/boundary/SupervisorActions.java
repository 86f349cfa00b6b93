package org.vocdesk.escalation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.entity.Acknowledgements;
import org.vocdesk.escalation.entity.DeadlineKinds;
import org.vocdesk.notification.boundary.NoticeView;
import org.vocdesk.notification.boundary.Notifications;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Locale;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * A supervisor acts from a notice they received: reassigns the complaint, extends the deadline the notice is
 * about, or takes the complaint over. Each action also acknowledges the notice (if not done yet) with the
 * comment, which stops the higher escalation levels; an extension re-plans the steps for the new deadline
 * after the commit. One transaction: a refused action changes nothing, not even the acknowledgement.
 * Only the supervisor levels act (handlers and warnings are acknowledged, nothing more); the complaint's own
 * rules then decide what this supervisor may do with it.
 */
@Stateless
@RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
public class SupervisorActions {

    @Inject
    Notifications notifications;

    @Inject
    Complaints complaints;

    public NoticeView reassign(@NotNull Long noticeId, Long departmentId, Long handlerId, String comment, Locale locale) {
        NoticeView notice = actionable(noticeId, locale);
        complaints.reassign(notice.subjectId(), departmentId, handlerId, comment);
        return acknowledge(notice, comment, locale);
    }

    public NoticeView extend(@NotNull Long noticeId, String by, String reason, Locale locale) {
        NoticeView notice = actionable(noticeId, locale);
        if (!DeadlineKinds.FIRST_REPLY.equals(notice.kind()) && !DeadlineKinds.RESPONSE.equals(notice.kind())) {
            throw BusinessException.conflict("escalation.action.nothingToExtend");
        }
        complaints.extendDeadline(notice.subjectId(), notice.kind(), by, reason);
        return acknowledge(notice, reason, locale);
    }

    public NoticeView takeOver(@NotNull Long noticeId, String comment, Locale locale) {
        NoticeView notice = actionable(noticeId, locale);
        complaints.takeOver(notice.subjectId(), comment);
        return acknowledge(notice, comment, locale);
    }

    /** Whether the caller may act from this notice of theirs (the inbox shows the actions only then). */
    public static boolean mayAct(NoticeView notice) {
        return ComplaintDeadlines.TYPE.equals(notice.subjectType()) && notice.stepId() != null
                && Acknowledgements.isSupervisor(Acknowledgements.level(notice.level()));
    }

    private NoticeView actionable(Long noticeId, Locale locale) {
        NoticeView notice = notifications.mine(noticeId, locale);
        if (!mayAct(notice)) {
            throw BusinessException.forbidden("escalation.action.notSupervisor");
        }
        return notice;
    }

    private NoticeView acknowledge(NoticeView notice, String comment, Locale locale) {
        return notice.isAcknowledged() ? notifications.mine(notice.id(), locale)
                : notifications.acknowledge(notice.id(), comment, locale);
    }
}
