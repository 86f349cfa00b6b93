package org.vocdesk.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The VoC Desk user behind an identity provider's account: created at the first single sign-on, its name, e-mail and
 * roles refreshed at every later one. Tied to the provider's issuer and subject, never to a user name alone, so a
 * provider account cannot become a local account (such as the administrator) that happens to have the same name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SingleSignOnUsers {

    private static final Logger LOG = Logger.getLogger(SingleSignOnUsers.class.getName());

    /** The user as signed in: their user name in VoC Desk and their roles from this sign-in. */
    public record SignedIn(String username, Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    /** The signed-in user, or empty when VoC Desk refuses them (reason in the log). */
    public Optional<SignedIn> signIn(String issuer, String subject, String username, String displayName, String email,
                                     Set<Role> roles) {
        String externalSubject = issuer + " " + subject;
        AppUser user = em.createQuery("select u from AppUser u where u.externalSubject = :s", AppUser.class)
                .setParameter("s", externalSubject).getResultStream().findFirst().orElse(null);
        if (user == null) {
            if (em.createQuery("select count(u) from AppUser u where lower(u.username) = lower(:n)", Long.class)
                    .setParameter("n", username).getSingleResult() > 0) {
                LOG.warning(() -> "Single sign-on of '" + username + "' (" + externalSubject + ") refused: a user of that name"
                        + " exists in VoC Desk and is not this provider account.");
                return Optional.empty();
            }
            try {
                user = AppUser.fromProvider(username, displayName(displayName, username), null, externalSubject);
            } catch (BusinessException invalid) {
                LOG.warning(() -> "Single sign-on of '" + username + "' (" + externalSubject + ") refused: " + invalid.key()
                        + " (set vocdesk.oidc.username-claim to a claim with a usable user name).");
                return Optional.empty();
            }
            describe(user, displayName, email);
            user.takeRolesFromProvider(roles);
            em.persist(user);
            AppUser created = user;
            LOG.info(() -> "Created the user '" + created.getUsername() + "' at their first single sign-on, roles " + roles);
        } else {
            if (!user.isActive()) {
                String name = user.getUsername();
                LOG.warning(() -> "Single sign-on of the deactivated user '" + name + "' refused.");
                return Optional.empty();
            }
            describe(user, displayName, email);
            user.takeRolesFromProvider(roles);
        }
        return Optional.of(new SignedIn(user.getUsername(), user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : user.getRoles()));
    }

    /** Name and e-mail as the provider has them; an e-mail VoC Desk would not accept is left out rather than refusing the user. */
    private static void describe(AppUser user, String displayName, String email) {
        String name = displayName(displayName, user.getUsername());
        try {
            user.describe(name, email);
        } catch (BusinessException invalidEmail) {
            user.describe(name, null);
        }
    }

    private static String displayName(String fromProvider, String username) {
        String name = fromProvider == null || fromProvider.isBlank() ? username : fromProvider.strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
