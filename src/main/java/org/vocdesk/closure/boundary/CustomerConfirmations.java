package org.vocdesk.closure.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.closure.entity.ConfirmationToken.Refusal;
import org.vocdesk.closure.entity.CustomerAnswer;
import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.complaint.control.ClosureGate;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintMoved;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The customer's answer through their link, without a login (谁投诉谁关闭). A forged, expired, replaced or used
 * link, or one whose complaint is no longer waiting for this answer, is refused and changes nothing.
 */
@Stateless
@PermitAll
public class CustomerConfirmations {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClosureGate closureGate;

    @Inject
    Clock clock;

    @Inject
    Event<ComplaintMoved> moved;

    public ConfirmationView look(String secret) {
        Optional<ConfirmationToken> found = find(secret);
        if (found.isEmpty()) {
            return ConfirmationView.refused(Refusal.UNKNOWN);
        }
        ConfirmationToken token = found.get();
        Complaint complaint = em.find(Complaint.class, token.getComplaintId());
        Refusal refusal = token.refusal(clock.instant()).orElse(waiting(complaint, token) ? null : Refusal.NOT_OPEN);
        CustomerReply reply = em.find(CustomerReply.class, token.getReplyId());
        return new ConfirmationView(refusal, complaint.getNumber(), token.getPurpose(), token.getLanguage(), reply.getText(),
                token.getExpiresAt(), token.getAnswer());
    }

    /** Confirmed closes (or accepts the explanation); not resolved reopens with the customer's comment. */
    public ConfirmationView answer(String secret, CustomerAnswer answer, Satisfaction satisfaction, String comment) {
        ConfirmationToken token = find(secret).orElseThrow(() -> BusinessException.notFound("closure.token.refused.UNKNOWN"));
        Instant now = clock.instant();
        token.answer(answer, satisfaction, comment, now);
        Complaint complaint = em.find(Complaint.class, token.getComplaintId());
        if (!waiting(complaint, token)) {
            throw BusinessException.conflict("closure.token.refused.NOT_OPEN");
        }
        if (answer == CustomerAnswer.NOT_RESOLVED) {
            complaint.reopenByCustomer(token.getComment(), now);
        } else if (token.getPurpose() == ReplyPurpose.INVALID_EXPLANATION) {
            complaint.noteExplanationAccepted(token.getComment(), now);
        } else {
            complaint.closeByCustomer(token.getComment(), now);
            if (!closureGate.blockers(complaint).isEmpty()) {
                throw BusinessException.conflict("closure.token.refused.NOT_READY");
            }
        }
        em.flush(); // a second, simultaneous answer fails here on the token's version, before anything is sent
        moved.fire(new ComplaintMoved(complaint.getId()));
        return look(secret);
    }

    private Optional<ConfirmationToken> find(String secret) {
        if (!ConfirmationToken.wellFormed(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select t from ConfirmationToken t where t.tokenHash = :h", ConfirmationToken.class)
                .setParameter("h", ConfirmationToken.hash(secret)).getResultStream().findFirst();
    }

    private static boolean waiting(Complaint complaint, ConfirmationToken token) {
        ComplaintStatus expected = token.getPurpose() == ReplyPurpose.INVALID_EXPLANATION ? ComplaintStatus.CLOSED_INVALID
                : ComplaintStatus.AWAITING_CONFIRMATION;
        return complaint.getStatus() == expected;
    }
}
