package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Locks an account after {@code vocdesk.login.lockout-failures} consecutive failed logins (0: never), until
 * an administrator unlocks it. Unlike the in-memory {@link LoginThrottle} this survives restarts and holds
 * across servers, because it lives in the user's row. Each count is its own transaction, so a refused login
 * (which rolls back nothing else) is still counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginLockout {

    private static final Logger LOG = Logger.getLogger(LoginLockout.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.login.lockout-failures", defaultValue = "10")
    int lockAfter;

    public boolean isLocked(String username) {
        return em.createQuery("select count(u) from AppUser u where lower(u.username) = lower(:n) and u.lockedAt is not null", Long.class)
                .setParameter("n", username).getSingleResult() > 0;
    }

    public void failed(String username) {
        em.createQuery("update AppUser u set u.failedLogins = u.failedLogins + 1 where lower(u.username) = lower(:n)")
                .setParameter("n", username).executeUpdate();
        if (lockAfter > 0 && em.createQuery("update AppUser u set u.lockedAt = :now where lower(u.username) = lower(:n)"
                        + " and u.lockedAt is null and u.failedLogins >= :limit")
                .setParameter("now", Instant.now(clock)).setParameter("n", username).setParameter("limit", lockAfter)
                .executeUpdate() > 0) {
            LOG.warning(() -> "Locked the account '" + username + "' after " + lockAfter + " failed logins.");
        }
    }

    public void succeeded(String username) {
        em.createQuery("update AppUser u set u.failedLogins = 0 where lower(u.username) = lower(:n) and u.failedLogins <> 0")
                .setParameter("n", username).executeUpdate();
    }
}
