package org.vocdesk.complaint.entity;

/** 有效投诉 / 无效投诉 (caused by the customer, a carrier or another third party). */
public enum Validity {
    VALID, INVALID
}
