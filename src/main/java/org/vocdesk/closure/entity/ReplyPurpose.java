package org.vocdesk.closure.entity;

/** Why the customer is written to; each purpose has a template per language. */
public enum ReplyPurpose {
    /** The result of the handling (problem, actions taken, prevention); may ask the customer to confirm closure. */
    RESULT,
    /** Why the complaint is not valid; the customer may accept it or not. */
    INVALID_EXPLANATION,
    /** Thanks for praise (the department is told too). */
    THANKS,
    /** Anything else the customer is told on the way. */
    INFORMATION
}
