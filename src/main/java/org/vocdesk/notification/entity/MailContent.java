package org.vocdesk.notification.entity;

/** A rendered e-mail: subject, plain text and HTML alternative. */
public record MailContent(String subject, String text, String html) {
}
