package org.vocdesk.survey.entity;

/** ISSUED until the response is submitted (answers may be saved and resumed meanwhile), then SUBMITTED. */
public enum InvitationStatus { ISSUED, SUBMITTED }
