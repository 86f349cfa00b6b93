package org.vocdesk.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.notification.boundary.Notifications;

/** The count of open notices shown next to the user name in the header (one query per page view). */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    Notifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.openCount();
        }
        return count;
    }
}
