package org.vocdesk.returns.entity;

/** REQUESTED → RECEIVED → ANALYSED → COMPLETED; CANCELLED before the analysis. */
public enum ReturnStatus { REQUESTED, RECEIVED, ANALYSED, COMPLETED, CANCELLED }
