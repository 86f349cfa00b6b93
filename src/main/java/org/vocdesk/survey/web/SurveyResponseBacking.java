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
import org.vocdesk.survey.control.SurveyRateLimits;
import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.Satisfaction;

import java.io.Serializable;
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

    @Inject
    SurveyRateLimits limits;

    private String token;
    private SurveyForm form;
    private String problemKey;
    private boolean submitted;
    private final AnswerValues answers = new AnswerValues();

    public void load() {
        try {
            form = surveys.form(token);
            language.choose(form.language());
            answers.load(form.answers());
        } catch (BusinessException e) {
            problemKey = e.key();
        }
    }

    public void save() {
        if (limited()) {
            return;
        }
        try {
            form = surveys.save(token, new AnswersInput(answers(), null));
            FacesMessages.info("survey.public.saved");
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    public void submit() {
        if (limited()) {
            return;
        }
        try {
            surveys.submit(token, new AnswersInput(answers(), null));
            submitted = true;
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    /** The filter counted this post per address only: the form posts back without the link's token. */
    private boolean limited() {
        var wait = limits.tryToken(token);
        wait.ifPresent(w -> FacesMessages.error("survey.rate.limited", SurveyRateLimits.minutes(w)));
        return wait.isPresent();
    }

    private void refuse(BusinessException e) {
        if (e.key().startsWith("survey.token.")) {
            problemKey = e.key();
        } else {
            FacesMessages.error(e);
        }
    }

    private List<AnswerInput> answers() {
        return answers.answers(form);
    }

    public List<SelectItem> options(SurveyForm.Question q) {
        return AnswerValues.options(q);
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

    public Map<Long, String> getValues() { return answers.getValues(); }

    public Map<Long, String> getTexts() { return answers.getTexts(); }
}
