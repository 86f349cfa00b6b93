package org.vocdesk.complaint.entity;

/** Where the feedback came in. */
public enum Channel {
    PHONE, EMAIL, WEB_FORM, VISIT, LETTER_FAX, SOCIAL_MEDIA, FIELD_SERVICE, INTERNAL_AUDIT
}
