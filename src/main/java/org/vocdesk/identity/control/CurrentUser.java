package org.vocdesk.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.security.Principal;
import java.util.Optional;

/** The user behind the current request, loaded once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private AppUser user;

    public Optional<String> username() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
    }

    public Optional<AppUser> find() {
        if (user == null) {
            user = username().flatMap(name -> em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                    .setParameter("name", name).getResultStream().findFirst()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** The user, managed in the caller's transaction. */
    public AppUser require() {
        AppUser found = find().orElseThrow(() -> BusinessException.forbidden("platform.error.unauthorized"));
        return em.contains(found) ? found : em.find(AppUser.class, found.getId());
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }
}
