package org.vocdesk.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.survey.boundary.Surveys;
import org.vocdesk.survey.boundary.TemplateView;
import org.vocdesk.survey.entity.QuestionKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Questionnaire versions and the editor of one: questions in Chinese and English, rating scales with weights,
 * choices, free text and the closing suggestion. Saving a version a campaign used makes the next version.
 */
@Named
@ViewScoped
public class SurveyTemplatesBacking implements Serializable {

    @Inject
    Surveys surveys;

    private List<TemplateView> templates;
    private TemplateView selected;
    private List<QuestionRow> rows = new ArrayList<>();
    private String newType;
    private String newNameZh;
    private String newNameEn;

    public List<TemplateView> getTemplates() {
        if (templates == null) {
            templates = surveys.templates();
        }
        return templates;
    }

    public void edit(long id) {
        try {
            open(surveys.templateView(id));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private void open(TemplateView t) {
        selected = t;
        rows = new ArrayList<>(t.questions().stream().map(QuestionRow::of).toList());
    }

    public void add() {
        // new questions go before the closing "other opinions and suggestions"
        int at = rows.isEmpty() || rows.get(rows.size() - 1).getKind() != QuestionKind.SUGGESTION ? rows.size() : rows.size() - 1;
        rows.add(at, new QuestionRow());
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void save() {
        try {
            TemplateView saved = surveys.saveQuestions(selected.id(), rows.stream().map(QuestionRow::data).toList());
            if (saved.id() != selected.id()) {
                FacesMessages.info("survey.template.savedAsNew", selected.revision(), saved.revision());
            } else {
                FacesMessages.info("survey.template.saved", saved.revision());
            }
            open(saved);
            templates = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void create() {
        try {
            if (selected == null) {
                throw BusinessException.invalid("survey.template.chooseCopy");
            }
            open(surveys.createQuestionnaire(newType, newNameZh, newNameEn, selected.id()));
            FacesMessages.info("survey.template.created", selected.projectType());
            templates = null;
            newType = null;
            newNameZh = null;
            newNameEn = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** "Questionnaire ENGINEERING, version 2" (the page's msg.format takes one argument only). */
    public String getEditingTitle() {
        return selected == null ? "" : org.vocdesk.platform.control.Messages.get(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), "survey.templates.editing",
                selected.projectType(), selected.revision());
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public TemplateView getSelected() { return selected; }

    public List<QuestionRow> getRows() { return rows; }

    public String getNewType() { return newType; }

    public void setNewType(String newType) { this.newType = newType; }

    public String getNewNameZh() { return newNameZh; }

    public void setNewNameZh(String newNameZh) { this.newNameZh = newNameZh; }

    public String getNewNameEn() { return newNameEn; }

    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
}
