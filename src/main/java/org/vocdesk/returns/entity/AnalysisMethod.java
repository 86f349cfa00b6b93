package org.vocdesk.returns.entity;

/** Where the returned parts were examined: in the laboratory or as a field failure at the customer. */
public enum AnalysisMethod { LAB, FIELD }
