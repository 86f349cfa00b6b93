package org.vocdesk.capa.entity;

/** A suspected cause until evidence verifies it or rules it out. */
public enum CauseStatus {
    SUSPECTED, VERIFIED, RULED_OUT
}
