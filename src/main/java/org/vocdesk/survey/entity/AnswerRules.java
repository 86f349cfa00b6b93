package org.vocdesk.survey.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.util.Locale;

/**
 * What an answer must look like for its question: a level for a rated item, an existing option for a choice,
 * yes (1) or no (0) for the closing suggestion question (with the text when yes), at most 2000 characters of
 * text. Saving accepts gaps (resumable); submitting requires every rated item and the suggestion question.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static void check(SurveyQuestion q, AnswerInput a) {
        if (a.text() != null && a.text().length() > SurveyAnswer.TEXT_MAX) {
            throw BusinessException.invalid("survey.answer.textTooLong", q.getPosition(), SurveyAnswer.TEXT_MAX);
        }
        switch (q.getKind()) {
            case CHOICE -> {
                if (a.choice() != null && (a.choice() < 0 || a.choice() >= q.options(Locale.ENGLISH).size())) {
                    throw BusinessException.invalid("survey.answer.choiceInvalid", q.getPosition());
                }
            }
            case SUGGESTION -> {
                if (a.choice() != null && a.choice() != 0 && a.choice() != 1) {
                    throw BusinessException.invalid("survey.answer.suggestionInvalid", q.getPosition());
                }
            }
            case RATING, TEXT -> {
                // a rating is typed (enum); text only has its length
            }
        }
    }

    static void checkComplete(SurveyQuestion q, AnswerInput a) {
        switch (q.getKind()) {
            case RATING -> {
                if (a == null || a.rating() == null) {
                    throw BusinessException.invalid("survey.answer.ratingMissing", q.getPosition());
                }
            }
            case SUGGESTION -> {
                if (a == null || a.choice() == null) {
                    throw BusinessException.invalid("survey.answer.suggestionMissing", q.getPosition());
                }
                if (a.choice() == 1 && text(a.text()) == null) {
                    throw BusinessException.invalid("survey.answer.suggestionTextMissing", q.getPosition());
                }
            }
            case CHOICE, TEXT -> {
                // optional
            }
        }
    }

    static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
