package org.vocdesk.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.notification.boundary.MailOutbox;

/** The administrator's view of the e-mail outbox: configuration, counts, latest mails with their errors. */
@Named
@RequestScoped
public class OutboxBacking {

    @Inject
    MailOutbox outbox;

    private MailOutbox.Status status;

    @PostConstruct
    void load() {
        status = outbox.status(null, 200);
    }

    public MailOutbox.Status getStatus() {
        return status;
    }
}
