package org.vocdesk.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.TokenHash;
import org.vocdesk.identity.entity.ApiToken;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.util.List;

/** Each user's personal API tokens: created (the secret is returned this once), listed, revoked. */
@Stateless
@PermitAll
public class ApiTokens {

    public record IssuedToken(Long id, String name, String token) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public IssuedToken issue(String name) {
        return issue(currentUser.require(), name);
    }

    /** For a user whose password was just checked (the token endpoint has no session to know them by). */
    public IssuedToken issueFor(String username, String name) {
        AppUser user = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
        return issue(user, name);
    }

    private IssuedToken issue(AppUser me, String name) {
        String secret = TokenHash.newToken();
        ApiToken token = new ApiToken(me, name, TokenHash.sha256(secret), clock.instant());
        em.persist(token);
        return new IssuedToken(token.getId(), token.getName(), secret);
    }

    public List<ApiToken> mine() {
        return em.createQuery("select t from ApiToken t where t.owner.username = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", currentUser.require().getUsername()).getResultList();
    }

    public List<TokenView> mineViews() {
        return mine().stream().map(TokenView::of).toList();
    }

    public void revoke(Long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getOwner().getUsername().equals(currentUser.require().getUsername())) {
            throw BusinessException.notFound("identity.token.notFound", id);
        }
        token.revoke(clock.instant());
    }
}
