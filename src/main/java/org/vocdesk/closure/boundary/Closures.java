package org.vocdesk.closure.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.closure.control.ClosureContent;
import org.vocdesk.closure.control.CustomerContact;
import org.vocdesk.closure.control.StaffActor;
import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.FollowUp;
import org.vocdesk.closure.entity.FollowUpChanged;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.complaint.control.ClosureGate;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintMoved;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.boundary.Signatures;
import org.vocdesk.signature.entity.SignatureMeaning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import static org.vocdesk.identity.entity.Role.Names.*;

/** The closure of a complaint as staff see and decide it: its state, the general manager's signed decision, the follow-up. */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class Closures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    CustomerReplies replies;

    @Inject
    ClosureGate closureGate;

    @Inject
    Signatures signatures;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<ComplaintMoved> moved;

    @Inject
    Event<FollowUpChanged> followUpChanged;

    public ClosureView view(@NotNull Long complaintId, Locale locale) {
        Complaint c = complaints.get(complaintId);
        Instant now = clock.instant();
        List<CustomerReply> all = replies.of(complaintId);
        List<SignatureCheck> current = signatures.check(ClosureContent.subject(c), ClosureContent.of(c));
        List<SignatureCheck> signed = Stream.concat(signatures.history(ClosureContent.SUBJECT_TYPE, complaintId).stream()
                .filter(s -> s.revision() != c.closureRound()), current.stream()).toList();
        List<ConfirmationToken> links = em.createQuery("select t from ConfirmationToken t where t.complaintId = :id order by t.createdAt desc, t.id desc",
                ConfirmationToken.class).setParameter("id", complaintId).getResultList();
        FollowUp followUp = em.createQuery("select f from FollowUp f where f.complaintId = :id order by f.createdAt desc, f.id desc", FollowUp.class)
                .setParameter("id", complaintId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new ClosureView(c.getId(), c.getNumber(), c.getStatus(), c.isMajor(), c.closureRound(), CustomerContact.email(c).orElse(null),
                all, closureGate.blockers(c).stream().map(b -> b.text(locale)).toList(), ClosureContent.of(c).text(), signed,
                links.isEmpty() ? null : LinkView.of(links.get(0), now), latestSatisfaction(all, links), followUp);
    }

    /** The general manager approves the closure of a major complaint: an electronic signature after re-entering the password. */
    @RolesAllowed(GENERAL_MANAGER)
    public SignatureCheck approve(@NotNull Long complaintId, String password) {
        Complaint c = complaints.get(complaintId);
        if (!c.isMajor()) {
            throw BusinessException.conflict("closure.approval.notMajor");
        }
        c.noteClosureApproved(actor(), clock.instant());
        return signatures.sign(ClosureContent.subject(c), ClosureContent.of(c), SignatureMeaning.APPROVED, Role.GENERAL_MANAGER, null, password);
    }

    /** The general manager rejects the closure (signed, with the reason): the complaint goes back to work, a new round. */
    @RolesAllowed(GENERAL_MANAGER)
    public SignatureCheck reject(@NotNull Long complaintId, String reason, String password) {
        Complaint c = complaints.get(complaintId);
        if (c.getStatus() != ComplaintStatus.AWAITING_CONFIRMATION) {
            throw BusinessException.conflict("complaint.action.wrongStatus", c.getStatus());
        }
        SignatureCheck rejection = signatures.sign(ClosureContent.subject(c), ClosureContent.of(c), SignatureMeaning.REJECTED,
                Role.GENERAL_MANAGER, reason, password);
        c.reopen(actor(), reason, clock.instant());
        moved.fire(new ComplaintMoved(c.getId()));
        return rejection;
    }

    /** The follow-up check is done: whether the problem came back, and what the customer said. */
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public FollowUp completeFollowUp(@NotNull Long complaintId, boolean recurred, String note) {
        complaints.get(complaintId);
        FollowUp followUp = em.createQuery("select f from FollowUp f where f.complaintId = :id and f.doneAt is null and f.cancelledAt is null",
                FollowUp.class).setParameter("id", complaintId).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.conflict("closure.followUp.notOpen"));
        followUp.complete(currentUser.require().getUsername(), recurred, note, clock.instant());
        followUpChanged.fire(new FollowUpChanged(followUp.getId()));
        return followUp;
    }

    /** What still blocks the closure, as keys (for rules and tests). */
    public List<ClosureBlocker> blockers(@NotNull Long complaintId) {
        return closureGate.blockers(complaints.get(complaintId));
    }

    private static Satisfaction latestSatisfaction(List<CustomerReply> replies, List<ConfirmationToken> links) {
        record Said(Instant at, Satisfaction satisfaction) {
        }
        List<Said> said = new ArrayList<>();
        replies.stream().filter(r -> r.getSatisfaction() != null).forEach(r -> said.add(new Said(r.getRepliedAt(), r.getSatisfaction())));
        links.stream().filter(t -> t.getSatisfaction() != null).forEach(t -> said.add(new Said(t.getUsedAt(), t.getSatisfaction())));
        return said.stream().filter(s -> Objects.nonNull(s.at())).max(Comparator.comparing(Said::at)).map(Said::satisfaction).orElse(null);
    }

    private Actor actor() {
        return StaffActor.of(currentUser.require());
    }
}
