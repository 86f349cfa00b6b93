package org.vocdesk.survey.web;

import jakarta.faces.model.SelectItem;
import org.vocdesk.survey.boundary.SurveyForm;
import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.QuestionKind;
import org.vocdesk.survey.entity.Satisfaction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a questionnaire form as the page binds them (a value and a text per question id), for the
 * customer's page and the staff's paper entry alike.
 */
public class AnswerValues implements Serializable {

    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();

    public void load(List<AnswerInput> saved) {
        values.clear();
        texts.clear();
        for (AnswerInput a : saved) {
            values.put(a.questionId(), a.rating() != null ? a.rating().name() : a.choice() == null ? null : a.choice().toString());
            texts.put(a.questionId(), a.text());
        }
    }

    /** What was given; unanswered questions are left out, so the rules name them. */
    public List<AnswerInput> answers(SurveyForm form) {
        List<AnswerInput> given = new ArrayList<>();
        for (SurveyForm.Question q : form.questions()) {
            String value = blankToNull(values.get(q.id()));
            String text = blankToNull(texts.get(q.id()));
            switch (QuestionKind.valueOf(q.kind())) {
                case RATING -> {
                    if (value != null) {
                        given.add(new AnswerInput(q.id(), Satisfaction.valueOf(value), null, null));
                    }
                }
                case CHOICE, SUGGESTION -> {
                    if (value != null || text != null) {
                        given.add(new AnswerInput(q.id(), null, value == null ? null : Integer.valueOf(value), text));
                    }
                }
                case TEXT -> {
                    if (text != null) {
                        given.add(new AnswerInput(q.id(), null, null, text));
                    }
                }
            }
        }
        return given;
    }

    /** A choice's options, valued by their index (what is stored). */
    public static List<SelectItem> options(SurveyForm.Question q) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            items.add(new SelectItem(String.valueOf(i), q.options().get(i)));
        }
        return items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Map<Long, String> getValues() { return values; }

    public Map<Long, String> getTexts() { return texts; }
}
