package org.vocdesk.capa.entity;

/** Why the defect was made (occurrence) and why it was not caught before it reached the customer (escape). */
public enum ChainKind {
    OCCURRENCE, ESCAPE
}
