package org.vocdesk.closure.entity;

/** What the customer answers through their link. */
public enum CustomerAnswer {
    /** Closure confirmed (or, for an invalid complaint, the explanation accepted). */
    CONFIRMED,
    /** Not resolved (or the explanation not accepted): the complaint is reopened with the customer's comment. */
    NOT_RESOLVED
}
