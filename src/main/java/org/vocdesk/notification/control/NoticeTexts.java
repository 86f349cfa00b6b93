package org.vocdesk.notification.control;

import org.vocdesk.notification.entity.MailContent;
import org.vocdesk.platform.control.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a notice in one language: its reason, its deadline, how late it is, and the e-mail made of
 * them. Pure functions, so the texts are unit-tested without a container.
 */
public final class NoticeTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NoticeTexts() {
    }

    public static String reason(Locale locale, String reasonKey, String subjectRef, String kind, String level, Instant deadline, ZoneId zone) {
        return Messages.get(locale, reasonKey, subjectRef, Messages.get(locale, "escalation.kind." + kind),
                Messages.get(locale, "escalation.level." + level), when(deadline, zone));
    }

    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** "3 d 4 h" / "3 天 4 小时" past the deadline; empty while it has not passed. */
    public static String lateness(Locale locale, Duration late) {
        if (late.isNegative() || late.isZero()) {
            return "";
        }
        long days = late.toDays();
        long hours = late.toHoursPart();
        long minutes = late.toMinutesPart();
        if (days > 0) {
            return Messages.get(locale, "notification.late.days", days, hours);
        }
        return hours > 0 ? Messages.get(locale, "notification.late.hours", hours, minutes)
                : Messages.get(locale, "notification.late.minutes", Math.max(minutes, 1));
    }

    public static MailContent mail(Locale locale, String reason, String subjectRef, String deadline, String link) {
        String subject = Messages.get(locale, "notification.mail.subject", subjectRef);
        String text = Messages.get(locale, "notification.mail.text", reason, deadline, link);
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>" + escape(reason) + "</p><p>"
                + escape(Messages.get(locale, "notification.mail.deadline", deadline)) + "</p><p><a href=\"" + escape(link) + "\">"
                + escape(Messages.get(locale, "notification.mail.open", subjectRef)) + "</a></p><p style=\"color:#777\">"
                + escape(Messages.get(locale, "notification.mail.footer")) + "</p></body></html>";
        return new MailContent(subject, text, html);
    }

    public static Locale localeOf(String languageTag) {
        return Messages.supported(languageTag == null ? null : Locale.forLanguageTag(languageTag));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
