package org.vocdesk.audit.control;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import org.hibernate.envers.RevisionListener;
import org.vocdesk.audit.entity.AuditRevision;
import org.vocdesk.audit.entity.Channel;

import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills who and from where into each new revision. Envers creates this listener itself, so it looks the request
 * up through CDI; timers and start-up run without a request and without a caller and are recorded as the system.
 */
public class AuditRevisionListener implements RevisionListener {

    private static final Logger LOG = Logger.getLogger(AuditRevisionListener.class.getName());

    /** Found once: CDI.current() finds the bean manager by walking the caller's stack, on every call. */
    private volatile BeanManager beans;

    @Override
    public void newRevision(Object revisionEntity) {
        Channel channel = Channel.SYSTEM;
        String address = null;
        String username = null;
        try {
            Instance<Object> lookup = beans().createInstance();
            try {
                RequestOrigin origin = lookup.select(RequestOrigin.class).get();
                channel = origin.channel();
                address = origin.address();
            } catch (RuntimeException noRequest) {
                LOG.log(Level.FINEST, "no request scope", noRequest);
            }
            try {
                Principal caller = lookup.select(SecurityContext.class).get().getCallerPrincipal();
                username = caller == null ? null : caller.getName();
            } catch (RuntimeException noCaller) {
                LOG.log(Level.FINEST, "no caller", noCaller);
            }
        } catch (IllegalStateException noContainer) {
            LOG.log(Level.FINEST, "no CDI container (schema tests)", noContainer);
        }
        if (username == null && channel == Channel.PUBLIC) {
            username = "public";
        }
        ((AuditRevision) revisionEntity).recordOrigin(username, channel, address);
    }

    private BeanManager beans() {
        BeanManager found = beans;
        if (found == null) {
            found = CDI.current().getBeanManager();
            beans = found;
        }
        return found;
    }
}
