package org.vocdesk.closure.control;

import org.vocdesk.notification.entity.MailContent;
import org.vocdesk.platform.control.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The e-mail of a reply in the customer's language, with their answer link when one was issued. Pure. */
public final class CustomerMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CustomerMails() {
    }

    /** {@code link} and {@code expires} are null when the reply asks nothing of the customer. */
    public static MailContent reply(Locale locale, String subject, String body, String link, Instant expires, ZoneId zone) {
        StringBuilder text = new StringBuilder(body).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p style=\"white-space:pre-wrap\">")
                .append(escape(body)).append("</p>");
        if (link != null) {
            String when = WHEN.format(expires.atZone(zone));
            text.append(Messages.get(locale, "closure.mail.answer")).append('\n').append(link).append("\n\n")
                    .append(Messages.get(locale, "closure.mail.expires", when)).append("\n\n");
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(Messages.get(locale, "closure.mail.answer")))
                    .append("</a></p><p style=\"color:#777\">").append(escape(Messages.get(locale, "closure.mail.expires", when))).append("</p>");
        }
        text.append(Messages.get(locale, "closure.mail.footer"));
        html.append("<p style=\"color:#777\">").append(escape(Messages.get(locale, "closure.mail.footer"))).append("</p></body></html>");
        return new MailContent(subject, text.toString(), html.toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
