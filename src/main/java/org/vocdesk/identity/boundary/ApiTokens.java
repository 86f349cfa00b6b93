package org.vocdesk.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.TokenHash;
import org.vocdesk.identity.entity.ApiToken;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.util.List;

/**
 * Each user's personal API tokens: created (the secret is returned this once), listed, revoked by their owner
 * or by the administrator.
 */
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

    /** Any user's tokens, for the administrator (e.g. a laptop was lost, or the person left). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<TokenView> ofUser(Long userId) {
        requireUser(userId);
        return em.createQuery("select t from ApiToken t where t.owner.id = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", userId).getResultList().stream().map(TokenView::of).toList();
    }

    /** Revokes one of a user's tokens (tokenId given) or all of them (tokenId null); returns how many. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public int revokeOfUser(Long userId, Long tokenId) {
        requireUser(userId);
        List<ApiToken> tokens = em.createQuery("select t from ApiToken t where t.owner.id = :u and t.revokedAt is null"
                        + " and (:t is null or t.id = :t)", ApiToken.class)
                .setParameter("u", userId).setParameter("t", tokenId).getResultList();
        ApiToken one = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (tokenId != null && (one == null || !one.getOwner().getId().equals(userId))) {
            throw BusinessException.notFound("identity.token.notFound", tokenId);
        }
        tokens.forEach(t -> t.revoke(clock.instant()));
        return tokens.size();
    }

    private void requireUser(Long userId) {
        if (userId == null || em.find(AppUser.class, userId) == null) {
            throw BusinessException.notFound("identity.user.notFound", userId);
        }
    }

    public void revoke(Long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getOwner().getUsername().equals(currentUser.require().getUsername())) {
            throw BusinessException.notFound("identity.token.notFound", id);
        }
        token.revoke(clock.instant());
    }
}
