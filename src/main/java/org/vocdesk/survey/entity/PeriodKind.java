package org.vocdesk.survey.entity;

public enum PeriodKind { ANNUAL, QUARTERLY }
