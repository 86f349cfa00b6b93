package org.vocdesk.closure.control;

import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.identity.entity.AppUser;

/** The logged-in user as the complaint's rules see them. */
public final class StaffActor {

    private StaffActor() {
    }

    public static Actor of(AppUser user) {
        return new Actor(user.getUsername(), user.getRoles(), user.getDepartment() == null ? null : user.getDepartment().getId());
    }
}
