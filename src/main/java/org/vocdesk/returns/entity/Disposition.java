package org.vocdesk.returns.entity;

/** What is done with returned goods under 三包: repair (包修), replace (包换) or refund (包退). */
public enum Disposition { REPAIR, REPLACE, REFUND }
