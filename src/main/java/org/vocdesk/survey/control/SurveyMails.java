package org.vocdesk.survey.control;

import org.vocdesk.notification.entity.MailContent;
import org.vocdesk.platform.control.Messages;

import java.util.Locale;

/** The invitation and reminder e-mails in the customer's language; pure, so unit-testable. */
public final class SurveyMails {

    private SurveyMails() {
    }

    public static MailContent invitation(Locale locale, boolean reminder, String customerName, String campaignName,
                                         String respondBy, String link) {
        String subject = Messages.get(locale, reminder ? "survey.mail.reminderSubject" : "survey.mail.subject", campaignName);
        String text = Messages.get(locale, "survey.mail.text", customerName, respondBy, link);
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>" + escape(Messages.get(locale, "survey.mail.text",
                customerName, respondBy, "").strip()).replace("\n", "<br>") + "</p><p><a href=\"" + escape(link) + "\">"
                + escape(Messages.get(locale, "survey.mail.open")) + "</a></p></body></html>";
        return new MailContent(subject, text, html);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
