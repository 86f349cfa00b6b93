package org.vocdesk.signature.entity;

/** What the signer declares by signing. A rejection carries a reason and returns the work. */
public enum SignatureMeaning {
    REVIEWED, APPROVED, VERIFIED, COUNTERSIGNED, REJECTED;

    public boolean needsReason() {
        return this == REJECTED;
    }
}
