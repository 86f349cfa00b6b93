package org.vocdesk.notification.entity;

/** PENDING (waiting or retrying), SENDING (claimed by one node until its lease ends), SENT. */
public enum MailStatus {
    PENDING, SENDING, SENT
}
