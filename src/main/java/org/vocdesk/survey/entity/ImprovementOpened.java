package org.vocdesk.survey.entity;

/** Fired in the transaction that opened an improvement action; after commit its deadlines get watched. */
public record ImprovementOpened(long improvementId) {
}
