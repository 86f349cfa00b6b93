package org.vocdesk.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Iterator;

/**
 * A broken business rule raised by an action stays on the page as a message in the user's language
 * (the transaction has already been rolled back). A refusal while a page is opened (a complaint of another
 * department) answers 403 with the not-allowed page saying why. Anything else goes to the error page, which
 * shows no stack trace.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

    public FriendlyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            if (refusedOpening(cause)) {
                events.remove();
                continue;
            }
            if (showAsMessage(cause)) {
                events.remove();
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Request attribute with the not-allowed page's reason, in the user's language. */
    public static final String REFUSAL = "vocdesk.refusal";

    private static boolean refusedOpening(Throwable exception) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getExternalContext().isResponseCommitted()) {
            return false;
        }
        for (Throwable e = exception; e != null; e = e.getCause()) {
            if (e instanceof BusinessException business && business.kind() == BusinessException.Kind.FORBIDDEN) {
                var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
                request.setAttribute(REFUSAL, org.vocdesk.platform.control.Messages.get(faces.getViewRoot().getLocale(),
                        business.key(), business.arguments()));
                try {
                    faces.getExternalContext().responseSendError(403, null);
                } catch (java.io.IOException gone) {
                    // the browser went away; nothing left to show
                }
                faces.responseComplete();
                return true;
            }
        }
        return false;
    }

    private static boolean showAsMessage(Throwable exception) {
        for (Throwable e = exception; e != null; e = e.getCause()) {
            if (e instanceof BusinessException business) {
                FacesMessages.error(business);
                return true;
            }
            if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException) {
                FacesMessages.error("platform.error.forbidden");
                return true;
            }
            if (e instanceof OptimisticLockException) {
                FacesMessages.error("platform.error.concurrentChange");
                return true;
            }
        }
        return false;
    }
}
