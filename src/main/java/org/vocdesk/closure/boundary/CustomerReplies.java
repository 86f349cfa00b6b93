package org.vocdesk.closure.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.closure.control.CustomerContact;
import org.vocdesk.closure.control.StaffActor;
import org.vocdesk.closure.control.CustomerLinks;
import org.vocdesk.closure.control.PraiseSharing;
import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.Languages;
import org.vocdesk.closure.entity.ReplyInput;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.closure.entity.ReplyTemplate;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.ClosureGate;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.vocdesk.identity.entity.Role.Names.*;

/** Replies to the customer and their templates: recorded, e-mailed through the outbox, with the customer's link. */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class CustomerReplies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    ClosureGate closureGate;

    @Inject
    CustomerLinks links;

    @Inject
    PraiseSharing praise;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Records the reply; e-mails it when it goes by e-mail or asks the customer something. Asking the customer to
     * confirm the closure needs a proposed resolution and nothing else missing for the closure but their word.
     * Thanks for praise also share the praise with the department.
     */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public CustomerReply record(@NotNull Long complaintId, @Valid @NotNull ReplyInput input) {
        Complaint complaint = complaints.get(complaintId);
        Instant now = clock.instant();
        CustomerReply reply = new CustomerReply(complaint.getId(), input.purpose(), input.channel(), input.text(), input.language(),
                input.repliedAt() == null ? now : input.repliedAt(), input.satisfaction(), complaint.getReceivedAt(), me().getUsername(), now);
        if (input.askCustomer()) {
            requireAskable(complaint, input.purpose());
        }
        em.persist(reply);
        em.flush();
        complaint.noteCustomerReply(actor(), reply.getRepliedAt(), summary(reply), now);
        if (input.askCustomer() && input.purpose() == ReplyPurpose.RESULT) {
            closureGate.requireMayClose(complaint);
        }
        if (input.askCustomer() || input.channel() == Channel.EMAIL) {
            String to = CustomerContact.email(complaint).orElseThrow(() -> BusinessException.invalidField("channel", "closure.reply.noEmail"));
            links.mail(complaint, reply, to, template(input.purpose(), reply.getLanguage()).subject(CustomerContact.templateValues(complaint)),
                    input.askCustomer());
        }
        if (input.purpose() == ReplyPurpose.THANKS && complaint.getType() == FeedbackType.PRAISE) {
            praise.share(complaint, now);
        }
        return reply;
    }

    /** The replies of a complaint the caller may see (403 naming it when outside the caller's scope, as the complaint itself). */
    public List<CustomerReply> of(@NotNull Long complaintId) {
        complaints.get(complaintId);
        return em.createQuery("select r from CustomerReply r where r.complaintId = :id order by r.repliedAt, r.id", CustomerReply.class)
                .setParameter("id", complaintId).getResultList();
    }

    /** The template's text filled from the complaint: where a reply starts. */
    public String draft(@NotNull Long complaintId, @NotNull ReplyPurpose purpose, String language) {
        return template(purpose, Languages.tag(language)).body(CustomerContact.templateValues(complaints.get(complaintId)));
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public List<ReplyTemplate> templates() {
        return em.createQuery("select t from ReplyTemplate t order by t.purpose, t.language", ReplyTemplate.class).getResultList();
    }

    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public ReplyTemplate editTemplate(@NotNull Long id, String subject, String body, long version) {
        ReplyTemplate template = em.find(ReplyTemplate.class, id);
        if (template == null) {
            throw BusinessException.notFound("closure.template.notFound", id);
        }
        if (template.getVersion() != version) {
            throw BusinessException.conflict("platform.error.concurrentChange");
        }
        template.edit(subject, body);
        return template;
    }

    private ReplyTemplate template(ReplyPurpose purpose, String language) {
        return em.createQuery("select t from ReplyTemplate t where t.purpose = :p and t.language = :l", ReplyTemplate.class)
                .setParameter("p", purpose).setParameter("l", language).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("closure.template.missing", purpose, language));
    }

    private static void requireAskable(Complaint complaint, ReplyPurpose purpose) {
        ComplaintStatus needed = switch (purpose) {
            case RESULT -> ComplaintStatus.AWAITING_CONFIRMATION;
            case INVALID_EXPLANATION -> ComplaintStatus.CLOSED_INVALID;
            default -> throw BusinessException.invalidField("askCustomer", "closure.reply.nothingToAsk");
        };
        if (complaint.getStatus() != needed) {
            throw BusinessException.conflict("closure.reply.cannotAskNow", complaint.getStatus());
        }
    }

    private static String summary(CustomerReply reply) {
        String text = reply.getText();
        return "[" + reply.getChannel() + "] " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    }

    private AppUser me() {
        return currentUser.require();
    }

    private Actor actor() {
        return StaffActor.of(currentUser.require());
    }
}
