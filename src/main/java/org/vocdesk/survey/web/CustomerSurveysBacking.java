package org.vocdesk.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.survey.boundary.ResponseView;
import org.vocdesk.survey.boundary.Surveys;

import java.util.List;

/** The satisfaction scores of the customer shown on the customer page, each with the complaints of its period. */
@Named
@RequestScoped
public class CustomerSurveysBacking {

    /** A returned survey and the customer's complaints received in the period it covers. */
    public record Row(ResponseView response, long complaints) {
    }

    @Inject
    Surveys surveys;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            rows = id == null || !id.matches("\\d{1,18}") ? List.of() : surveys.responsesOfCustomer(Long.parseLong(id)).stream()
                    .map(r -> new Row(r, surveys.complaintsOfCustomer(r.customerId(), r.periodStart(), r.periodEnd()))).toList();
        }
        return rows;
    }
}
