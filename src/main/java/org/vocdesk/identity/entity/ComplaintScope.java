package org.vocdesk.identity.entity;

/**
 * A user's setting for which complaints they see when their roles alone would limit them to their department
 * (handler, department manager). The administrator widens it, e.g. for a handler who works for two departments.
 */
public enum ComplaintScope {
    OWN_DEPARTMENT, ALL
}
