package org.vocdesk.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.survey.boundary.AnswersInput;
import org.vocdesk.survey.boundary.CampaignView;
import org.vocdesk.survey.boundary.ResponseView;
import org.vocdesk.survey.boundary.SurveyForm;
import org.vocdesk.survey.boundary.Surveys;
import org.vocdesk.survey.entity.ResponseMode;
import org.vocdesk.survey.entity.Satisfaction;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A campaign's invitations and their state; staff type in the answers a customer gave on paper or by phone,
 * marked as such, and the response is scored like one given online.
 */
@Named
@ViewScoped
public class SurveyResponsesBacking implements Serializable {

    @Inject
    Surveys surveys;

    private Long id;
    private CampaignView campaign;
    private List<ResponseView> responses;
    private SurveyForm form;
    private ResponseMode mode = ResponseMode.PAPER;
    private final AnswerValues answers = new AnswerValues();

    public void load() {
        if (id == null) {
            FacesMessages.error("survey.campaign.notFound", "");
            return;
        }
        try {
            campaign = surveys.campaign(id);
            responses = surveys.responses(id);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void enter(long invitationId) {
        try {
            form = surveys.entryForm(invitationId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            answers.load(form.answers());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void submit() {
        try {
            ResponseView r = surveys.enter(form.invitationId(), new AnswersInput(answers.answers(form), mode));
            FacesMessages.info(r.improvementId() == null ? "survey.entry.done" : "survey.entry.doneWithAction", r.customerName(),
                    r.score().toPlainString(), r.improvementId());
            form = null;
            responses = surveys.responses(id);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void cancel() {
        form = null;
    }

    public List<SelectItem> options(SurveyForm.Question q) {
        return AnswerValues.options(q);
    }

    public Satisfaction[] getLevels() {
        return Satisfaction.values();
    }

    public ResponseMode[] getModes() {
        return new ResponseMode[] {ResponseMode.PAPER, ResponseMode.PHONE};
    }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public CampaignView getCampaign() { return campaign; }

    public List<ResponseView> getResponses() { return responses; }

    public SurveyForm getForm() { return form; }

    public ResponseMode getMode() { return mode; }

    public void setMode(ResponseMode mode) { this.mode = mode; }

    public Map<Long, String> getValues() { return answers.getValues(); }

    public Map<Long, String> getTexts() { return answers.getTexts(); }
}
