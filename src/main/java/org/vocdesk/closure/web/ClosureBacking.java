package org.vocdesk.closure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.closure.boundary.ClosureView;
import org.vocdesk.closure.boundary.Closures;
import org.vocdesk.closure.boundary.CustomerReplies;
import org.vocdesk.closure.entity.ReplyInput;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.signature.web.SignatureInput;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/** The reply and closure section of the complaint page (WEB-INF/includes/complaint-closure.xhtml). */
@Named
@ViewScoped
public class ClosureBacking implements Serializable {

    @Inject
    Closures closures;

    @Inject
    CustomerReplies replies;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignatureInput signatureInput;

    @Inject
    Formats formats;

    private Long complaintId;
    private ClosureView view;

    private ReplyPurpose purpose = ReplyPurpose.RESULT;
    private Channel channel = Channel.EMAIL;
    private String language = "zh-CN";
    private String text;
    private LocalDateTime repliedAt;
    private Satisfaction satisfaction;
    private boolean askCustomer;
    private boolean recurred;
    private String followUpNote;

    /**
     * Before every rendering of the section: the steps above it may have moved the complaint without leaving the
     * page. The first time, the reply form starts from what the complaint's state suggests.
     */
    public void refresh() {
        boolean first = view == null;
        if (first) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            complaintId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        }
        if (complaintId == null) {
            return;
        }
        view = closures.view(complaintId, locale());
        if (first) {
            purpose = switch (view.status()) {
                case CLOSED_INVALID -> ReplyPurpose.INVALID_EXPLANATION;
                case AWAITING_CONFIRMATION -> ReplyPurpose.RESULT;
                default -> ReplyPurpose.INFORMATION;
            };
            askCustomer = view.customerEmail() != null
                    && (view.status() == ComplaintStatus.AWAITING_CONFIRMATION || view.status() == ComplaintStatus.CLOSED_INVALID);
            channel = view.customerEmail() != null ? Channel.EMAIL : Channel.PHONE;
            repliedAt = formats.local(Instant.now()).withSecond(0).withNano(0);
        }
    }

    public void useTemplate() {
        text = replies.draft(complaintId, purpose, language);
    }

    public void record() {
        replies.record(complaintId, new ReplyInput(purpose, channel, text, formats.instant(repliedAt), language, satisfaction, askCustomer));
        FacesMessages.info("closure.action.done");
        reload();
    }

    public void approve() {
        closures.approve(complaintId, signatureInput.getPassword());
        signatureInput.signed();
        reload();
    }

    public void reject() {
        closures.reject(complaintId, signatureInput.getReason(), signatureInput.getPassword());
        signatureInput.signed();
        reload();
    }

    public void completeFollowUp() {
        closures.completeFollowUp(complaintId, recurred, followUpNote);
        FacesMessages.info("closure.action.done");
        reload();
    }

    /** The whole complaint page again: a reply or a signature may have moved the complaint. */
    private void reload() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/app/complaints/view.xhtml?id=" + complaintId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isCanReply() {
        return has(Role.CLERK) || has(Role.HANDLER) || has(Role.DEPARTMENT_MANAGER) || has(Role.QUALITY_MANAGER) || has(Role.GENERAL_MANAGER);
    }

    public boolean isCanDecide() {
        return view != null && view.major() && view.status() == ComplaintStatus.AWAITING_CONFIRMATION && has(Role.GENERAL_MANAGER);
    }

    public boolean isCanFollowUp() {
        return view != null && view.followUp() != null && view.followUp().isOpen() && (has(Role.QUALITY_MANAGER) || has(Role.GENERAL_MANAGER));
    }

    private boolean has(Role role) {
        return currentUser.is(role);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ReplyPurpose[] getPurposes() { return ReplyPurpose.values(); }

    public Channel[] getChannels() { return Channel.values(); }

    public Satisfaction[] getSatisfactions() { return Satisfaction.values(); }

    public ClosureView getView() { return view; }

    public ReplyPurpose getPurpose() { return purpose; }

    public void setPurpose(ReplyPurpose purpose) { this.purpose = purpose; }

    public Channel getChannel() { return channel; }

    public void setChannel(Channel channel) { this.channel = channel; }

    public String getLanguage() { return language; }

    public void setLanguage(String language) { this.language = language; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }

    public LocalDateTime getRepliedAt() { return repliedAt; }

    public void setRepliedAt(LocalDateTime repliedAt) { this.repliedAt = repliedAt; }

    public Satisfaction getSatisfaction() { return satisfaction; }

    public void setSatisfaction(Satisfaction satisfaction) { this.satisfaction = satisfaction; }

    public boolean isAskCustomer() { return askCustomer; }

    public void setAskCustomer(boolean askCustomer) { this.askCustomer = askCustomer; }

    public boolean isRecurred() { return recurred; }

    public void setRecurred(boolean recurred) { this.recurred = recurred; }

    public String getFollowUpNote() { return followUpNote; }

    public void setFollowUpNote(String followUpNote) { this.followUpNote = followUpNote; }
}
