package org.vocdesk.capa.entity;

/**
 * OPEN while the actions of the current round are carried out; VERIFICATION_PENDING once all are done
 * (the effectiveness check is scheduled); EFFECTIVE when the check found the problem gone. A "not effective"
 * verdict goes back to OPEN with a new round.
 */
public enum CapaStatus {
    OPEN, VERIFICATION_PENDING, EFFECTIVE
}
