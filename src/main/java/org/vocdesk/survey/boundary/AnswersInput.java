package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.ResponseMode;

import java.util.List;

/** Answers to save or submit; mode only for staff entry (PAPER or PHONE). */
public record AnswersInput(List<AnswerInput> answers, ResponseMode mode) {
}
