package org.vocdesk.survey.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

/** A question as written by the administrator; {@link #check} refuses what could not be answered or scored. */
public record QuestionData(QuestionKind kind, String textZh, String textEn, int weight, String optionsZh, String optionsEn) {

    public static final int TEXT_MAX = 500;

    void check(int position) {
        if (kind == null) {
            throw BusinessException.invalid("survey.question.kindMissing", position);
        }
        if (blank(textZh) || blank(textEn) || textZh.length() > TEXT_MAX || textEn.length() > TEXT_MAX) {
            throw BusinessException.invalid("survey.question.textInvalid", position, TEXT_MAX);
        }
        if ((kind == QuestionKind.RATING) != (weight > 0) || weight > 100) {
            throw BusinessException.invalid("survey.question.weightInvalid", position);
        }
        if (kind == QuestionKind.CHOICE && (options(optionsZh).size() < 2 || options(optionsZh).size() != options(optionsEn).size())) {
            throw BusinessException.invalid("survey.question.optionsInvalid", position);
        }
    }

    static List<String> options(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\\|"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
