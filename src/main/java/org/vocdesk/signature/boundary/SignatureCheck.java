package org.vocdesk.signature.boundary;

import org.vocdesk.identity.entity.Role;
import org.vocdesk.signature.entity.Signature;
import org.vocdesk.signature.entity.SignatureMeaning;
import org.vocdesk.signature.entity.SignatureStatus;

import java.time.Instant;

/** A signature as pages and REST show it, with the outcome of checking it. */
public record SignatureCheck(long id, String subjectType, long subjectId, int revision, String signer, String signerName,
                             Role role, SignatureMeaning meaning, String reason, Instant signedAt, String contentHash,
                             SignatureStatus status) {

    static SignatureCheck of(Signature s, SignatureStatus status) {
        return new SignatureCheck(s.getId(), s.subject().type(), s.subject().id(), s.subject().revision(), s.getSignerUsername(),
                s.getSignerName(), s.getSignerRole(), s.getMeaning(), s.getReason(), s.getSignedAt(), s.getContentHash(), status);
    }

    public boolean valid() {
        return status == SignatureStatus.VALID;
    }

    public boolean is(SignatureMeaning wanted, Role inRole) {
        return meaning == wanted && role == inRole;
    }
}
