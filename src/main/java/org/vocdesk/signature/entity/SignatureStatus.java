package org.vocdesk.signature.entity;

/** The result of checking a signature against its content. */
public enum SignatureStatus {
    VALID, TAMPERED
}
