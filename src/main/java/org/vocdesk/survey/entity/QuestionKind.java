package org.vocdesk.survey.entity;

/** RATING: a satisfaction level, weighted into the score; CHOICE: one option, unscored; TEXT: free text;
 * SUGGESTION: the closing "other opinions and suggestions", yes/no plus the text when yes. */
public enum QuestionKind { RATING, CHOICE, TEXT, SUGGESTION }
