package org.vocdesk.survey.entity;

/** One answer as given: the question and, depending on its kind, a level, an option index or a text. */
public record AnswerInput(long questionId, Satisfaction rating, Integer choice, String text) {
}
