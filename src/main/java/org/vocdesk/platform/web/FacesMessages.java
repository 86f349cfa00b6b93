package org.vocdesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

/** Shows texts to the user of the current page in their language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(BusinessException e) {
        add(null, FacesMessage.SEVERITY_ERROR, e.key(), e.arguments());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
