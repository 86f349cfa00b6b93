package org.vocdesk.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.LanguageBacking;
import org.vocdesk.survey.boundary.AnswersInput;
import org.vocdesk.survey.boundary.SurveyForm;
import org.vocdesk.survey.boundary.Surveys;
import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.QuestionKind;
import org.vocdesk.survey.entity.Satisfaction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public response page behind the personal link, in the customer's language: answers are saved and
 * resumed, or submitted once. A link that cannot be used shows why, and nothing else.
 */
@Named
@ViewScoped
public class SurveyResponseBacking implements Serializable {

    @Inject
    Surveys surveys;

    @Inject
    LanguageBacking language;

    private String token;
    private SurveyForm form;
    private String problemKey;
    private boolean submitted;
    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();

    public void load() {
        try {
            form = surveys.form(token);
            language.choose(form.language());
            for (AnswerInput a : form.answers()) {
                values.put(a.questionId(), a.rating() != null ? a.rating().name() : a.choice() == null ? null : a.choice().toString());
                texts.put(a.questionId(), a.text());
            }
        } catch (BusinessException e) {
            problemKey = e.key();
        }
    }

    public void save() {
        try {
            form = surveys.save(token, new AnswersInput(answers(), null));
            FacesMessages.info("survey.public.saved");
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    public void submit() {
        try {
            surveys.submit(token, new AnswersInput(answers(), null));
            submitted = true;
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    private void refuse(BusinessException e) {
        if (e.key().startsWith("survey.token.")) {
            problemKey = e.key();
        } else {
            FacesMessages.error(e);
        }
    }

    private List<AnswerInput> answers() {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A choice's options, valued by their index (what is stored). */
    public List<SelectItem> options(SurveyForm.Question q) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            items.add(new SelectItem(String.valueOf(i), q.options().get(i)));
        }
        return items;
    }

    public Satisfaction[] getLevels() {
        return Satisfaction.values();
    }

    public String getProblem() {
        return problemKey == null ? null : Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problemKey);
    }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public SurveyForm getForm() { return form; }

    public boolean isSubmitted() { return submitted; }

    public Map<Long, String> getValues() { return values; }

    public Map<Long, String> getTexts() { return texts; }
}
