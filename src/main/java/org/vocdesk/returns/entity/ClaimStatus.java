package org.vocdesk.returns.entity;

public enum ClaimStatus { REQUESTED, APPROVED, REJECTED }
