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
 * (the transaction has already been rolled back). Anything else goes to the error page, which shows no
 * stack trace.
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
            if (showAsMessage(cause)) {
                events.remove();
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
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
