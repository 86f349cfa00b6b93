package org.vocdesk.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.identity.control.PasswordHasher;
import org.vocdesk.identity.control.PasswordPolicy;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the very first start (no users yet) creates the administrator. Its password comes from
 * configuration (VOCDESK_ADMIN_PASSWORD) or is generated and written to the log this once: there is
 * no fixed default password to forget to change.
 */
@Singleton
@Startup
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "vocdesk.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "vocdesk.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createWhenNoUsers() {
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(PasswordPolicy::random);
        AppUser admin = new AppUser(username, "Administrator", null, hasher.hash(password));
        admin.grant(EnumSet.of(Role.ADMINISTRATOR));
        em.persist(admin);
        if (configuredPassword.isPresent()) {
            LOG.info(() -> "Created the administrator '" + username + "' with the configured password.");
        } else {
            LOG.warning(() -> "Created the administrator '" + username + "' with the password " + password
                    + " (shown this once; change it after the first login).");
        }
    }
}
