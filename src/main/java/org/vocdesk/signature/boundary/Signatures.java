package org.vocdesk.signature.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.signature.control.PasswordReentry;
import org.vocdesk.signature.entity.CanonicalText;
import org.vocdesk.signature.entity.Signature;
import org.vocdesk.signature.entity.SignatureMeaning;
import org.vocdesk.signature.entity.SignedContent;
import org.vocdesk.signature.entity.SignedSubject;
import org.vocdesk.signature.entity.Signer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * Electronic signatures for every feature. Joins the caller's transaction: a wrong password or a broken rule
 * rolls back whatever the caller did with it. The caller owns the subject and builds its canonical text; the
 * same text must be given again to {@link #check} to see whether the content is still what was signed.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class Signatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordReentry passwordReentry;

    @Inject
    Clock clock;

    /** Signs in the signer's most senior signing role. */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public SignatureCheck sign(@NotNull SignedSubject subject, @NotNull CanonicalText content, @NotNull SignatureMeaning meaning,
                               String password) {
        return sign(subject, content, meaning, null, null, password);
    }

    /**
     * Signs after checking the password. {@code role} (null: the most senior one held) must be held by the signer;
     * {@code reason} is required for REJECTED. Different content under a revision that is already signed is
     * refused: the caller must move to a new revision, which then needs its own signatures.
     */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public SignatureCheck sign(@NotNull SignedSubject subject, @NotNull CanonicalText content, @NotNull SignatureMeaning meaning,
                               Role role, String reason, String password) {
        AppUser me = currentUser.require();
        Signer signer = Signer.of(me, role);
        passwordReentry.verify(me, password);
        Instant now = clock.instant();
        SignedContent stored = storedContent(subject).orElse(null);
        if (stored == null) {
            stored = new SignedContent(subject, content, now);
            em.persist(stored);
        } else {
            stored.requireSame(content);
        }
        if (alreadySigned(subject, signer, meaning)) {
            throw BusinessException.conflict("signature.alreadySigned", subject.revision());
        }
        Signature signature = new Signature(stored, signer, meaning, reason, now);
        em.persist(signature);
        em.flush();
        return SignatureCheck.of(signature, signature.statusAgainst(content));
    }

    /**
     * The signatures of this revision, each VALID or TAMPERED against the content as it is now. Open to every
     * caller because rules consult it on behalf of users without a login too (the customer's closure link).
     */
    @jakarta.annotation.security.PermitAll
    public List<SignatureCheck> check(@NotNull SignedSubject subject, @NotNull CanonicalText current) {
        return signaturesOf(subject.type(), subject.id(), subject.revision()).stream()
                .map(s -> SignatureCheck.of(s, s.statusAgainst(current))).toList();
    }

    /** Every signature of every revision, checked against the stored text only (older revisions have no current content). */
    public List<SignatureCheck> history(@NotNull String subjectType, long subjectId) {
        return signaturesOf(subjectType, subjectId, null).stream()
                .map(s -> SignatureCheck.of(s, s.statusAgainst(null))).toList();
    }

    /** The stored canonical text of a signed revision, to show what exactly was signed. */
    public Optional<String> signedText(@NotNull SignedSubject subject) {
        return storedContent(subject).map(SignedContent::getCanonicalText);
    }

    private Optional<SignedContent> storedContent(SignedSubject subject) {
        return em.createQuery("select c from SignedContent c where c.key.subjectType = :t and c.key.subjectId = :id and c.key.revision = :r",
                        SignedContent.class)
                .setParameter("t", subject.type()).setParameter("id", subject.id()).setParameter("r", subject.revision())
                .getResultStream().findFirst();
    }

    private boolean alreadySigned(SignedSubject subject, Signer signer, SignatureMeaning meaning) {
        return em.createQuery("select count(s) from Signature s where s.key.subjectType = :t and s.key.subjectId = :id and s.key.revision = :r"
                        + " and s.signerUsername = :u and s.meaning = :m", Long.class)
                .setParameter("t", subject.type()).setParameter("id", subject.id()).setParameter("r", subject.revision())
                .setParameter("u", signer.username()).setParameter("m", meaning).getSingleResult() > 0;
    }

    private List<Signature> signaturesOf(String type, long id, Integer revision) {
        var query = em.createQuery("select s from Signature s join fetch s.content where s.key.subjectType = :t and s.key.subjectId = :id"
                        + (revision == null ? "" : " and s.key.revision = :r") + " order by s.key.revision, s.signedAt, s.id", Signature.class)
                .setParameter("t", type).setParameter("id", id);
        return (revision == null ? query : query.setParameter("r", revision)).getResultList();
    }
}
