package org.vocdesk.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.boundary.Surveys;
import org.vocdesk.survey.entity.Satisfaction;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** The analysis page of one campaign; its charts are Chart.js configurations written as JSON for p:chart. */
@Named
@ViewScoped
public class SurveyAnalysisBacking implements Serializable {

    private static final String[] BAND_COLOURS = {"#2e7d32", "#7cb342", "#f9a825", "#c62828"};

    @Inject
    Surveys surveys;

    private Long id;
    private Analysis analysis;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            analysis = surveys.analysis(id);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** One stacked bar per project type: how many responses fell into each band. */
    public String getBandChart() {
        Locale locale = locale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        analysis.projectTypes().forEach(t -> labels.add(chinese(locale) ? t.nameZh() : t.nameEn()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        Satisfaction[] bands = Satisfaction.values();
        for (int b = 0; b < bands.length; b++) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            int band = b;
            analysis.projectTypes().forEach(t -> counts.add(t.bands().get(band).count()));
            datasets.add(Json.createObjectBuilder().add("label", Messages.get(locale, "survey.band." + bands[b].name()))
                    .add("data", counts).add("backgroundColor", BAND_COLOURS[b]));
        }
        JsonObjectBuilder axes = Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return chart("bar", labels, datasets, axes);
    }

    /** The average score of this campaign and the earlier ones. */
    public String getHistoryChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Analysis.CampaignAverage c : analysis.history()) {
            labels.add(c.name());
            values.add(c.average() == null ? BigDecimal.ZERO : c.average());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Messages.get(locale(), "survey.analysis.average")).add("data", values).add("borderColor", "#1565c0")
                .add("backgroundColor", "#1565c0"));
        JsonObjectBuilder axes = Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100));
        return chart("line", labels, datasets, axes);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("scales", scales)).build().toString();
    }

    public String bandLabel(String band) {
        return Messages.get(locale(), "survey.band." + band);
    }

    public boolean isChinese() {
        return chinese(locale());
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Analysis getAnalysis() { return analysis; }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    /** "12 improvement actions, 3 still open; ..." (the page's msg.format takes one argument only). */
    public String getImprovementCounts() {
        if (analysis == null) {
            return "";
        }
        return org.vocdesk.platform.control.Messages.get(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "survey.analysis.improvementCounts", analysis.improvementCounts().total(), analysis.improvementCounts().open(),
                analysis.improvements().size());
    }
}
