package org.vocdesk.complaint.entity;

/** What makes a complaint a major quality problem (重大质量问题). */
public enum MajorReason {
    PRODUCTION_STOP, BATCH, INJURY, MEDIA, REGULATOR
}
