package org.vocdesk.complaint.entity;

/** 投诉, 抱怨, 建议, 表扬, 咨询. */
public enum FeedbackType {
    COMPLAINT, GRIEVANCE, SUGGESTION, PRAISE, INQUIRY
}
