/**
 * Telling people: notices in the application (an inbox per user, acknowledged with a comment) and e-mail
 * through a transactional outbox that a timer sends with Jakarta Mail, claiming each row so no two nodes send
 * the same mail, retrying with back-off so a mail server that is down delays mail but loses none.
 * Other features call {@code boundary.Notifications.notify} inside their own transaction.
 */
package org.vocdesk.notification;
