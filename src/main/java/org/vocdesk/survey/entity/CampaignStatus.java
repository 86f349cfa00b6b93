package org.vocdesk.survey.entity;

public enum CampaignStatus { DRAFT, LIVE, CLOSED }
