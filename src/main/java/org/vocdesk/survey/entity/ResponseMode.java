package org.vocdesk.survey.entity;

/** How the answers came in: by the customer through the link, or entered by staff from paper or a phone call. */
public enum ResponseMode { ONLINE, PAPER, PHONE }
