package org.vocdesk.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.notification.boundary.NoticeView;
import org.vocdesk.notification.boundary.Notifications;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.LanguageBacking;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The inbox page: the caller's notices by filter, acknowledged one by one with a comment. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    Notifications notifications;

    @Inject
    LanguageBacking language;

    private Notifications.Filter filter = Notifications.Filter.OPEN;
    private List<NoticeView> notices;
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void load() {
        notices = notifications.mine(filter, language.getLocale(), 200);
    }

    public void acknowledge(long id) {
        notifications.acknowledge(id, comments.remove(id), language.getLocale());
        FacesMessages.info("notification.inbox.done");
        load();
    }

    public void filterChanged() {
        load();
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getFilter() {
        return filter.name();
    }

    public void setFilter(String filter) {
        this.filter = Notifications.Filter.valueOf(filter);
    }
}
