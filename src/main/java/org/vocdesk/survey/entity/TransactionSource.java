package org.vocdesk.survey.entity;

/** How a transaction reached the customer file: a CSV export of the ERP, or typed in by staff. */
public enum TransactionSource { IMPORT, MANUAL }
