package org.vocdesk.closure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.vocdesk.closure.boundary.ConfirmationView;
import org.vocdesk.closure.boundary.CustomerConfirmations;
import org.vocdesk.closure.entity.CustomerAnswer;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.platform.web.LanguageBacking;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The customer's answer page (/public/confirm.xhtml?token=...), no login. Shown in the language the customer was
 * written in unless they chose one. A link that cannot be used shows why, and nothing else about the complaint.
 */
@Named
@ViewScoped
public class ConfirmationBacking implements Serializable {

    private static final String REFUSED = "closure.token.refused.";

    @Inject
    CustomerConfirmations confirmations;

    @Inject
    LanguageBacking language;

    @Inject
    Formats formats;

    private String token;
    private ConfirmationView view;
    private CustomerAnswer answered;
    private String refusalKey;
    private Satisfaction satisfaction;
    private String comment;

    public void load() {
        view = confirmations.look(token);
        if (view.language() != null && !languageChosen()) {
            language.choose(view.language());
        }
    }

    public void confirm() {
        answer(CustomerAnswer.CONFIRMED);
    }

    public void notResolved() {
        answer(CustomerAnswer.NOT_RESOLVED);
    }

    private void answer(CustomerAnswer answer) {
        try {
            view = confirmations.answer(token, answer, satisfaction, comment);
            answered = answer;
        } catch (BusinessException e) {
            if (!e.key().startsWith(REFUSED)) {
                throw e;
            }
            refusalKey = e.key();
        }
    }

    /** The text explaining why the link cannot be used (also when it became unusable while the page was open). */
    public String getRefusalKey() {
        if (refusalKey != null) {
            return refusalKey;
        }
        return view.refusal() == null ? null : REFUSED + view.refusal();
    }

    public boolean isAnswerable() {
        return answered == null && getRefusalKey() == null;
    }

    /** The thank-you text after answering. */
    public String getThanksKey() {
        if (answered == null) {
            return null;
        }
        if (answered == CustomerAnswer.NOT_RESOLVED) {
            return "closure.confirm.thanksReopened";
        }
        return view.purpose() == ReplyPurpose.INVALID_EXPLANATION ? "closure.confirm.thanksAccepted" : "closure.confirm.thanksClosed";
    }

    public boolean isExplanation() {
        return view != null && view.purpose() == ReplyPurpose.INVALID_EXPLANATION;
    }

    public String getExpires() {
        return view == null || view.expiresAt() == null ? "" : formats.dateTime(view.expiresAt());
    }

    private static boolean languageChosen() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> "vocdesk-lang".equals(c.getName()));
    }

    public Satisfaction[] getSatisfactions() { return Satisfaction.values(); }

    public ConfirmationView getView() { return view; }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public Satisfaction getSatisfaction() { return satisfaction; }

    public void setSatisfaction(Satisfaction satisfaction) { this.satisfaction = satisfaction; }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }
}
