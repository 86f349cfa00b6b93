package org.vocdesk.returns.entity;

/** The finding of the failure analysis; NO_TROUBLE_FOUND (NTF) means the part works as specified. */
public enum AnalysisResult { DEFECT_CONFIRMED, NO_TROUBLE_FOUND, CUSTOMER_CAUSED, TRANSPORT_DAMAGE }
