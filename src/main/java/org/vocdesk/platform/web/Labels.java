package org.vocdesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.vocdesk.platform.control.Messages;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code #{msg['complaint.status.CLOSED']}} in pages: the texts of every feature's bundle in the
 * language of the current view.
 */
@Named("msg")
@RequestScoped
public class Labels extends AbstractMap<String, String> {

    @Override
    public String get(Object key) {
        return Messages.get(locale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of();
    }

    /** A text with arguments: {@code #{msg.format('complaint.overdueBy', hours)}}. */
    public String format(String key, Object argument) {
        return Messages.get(locale(), key, argument);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.CHINESE : faces.getViewRoot().getLocale();
    }
}
