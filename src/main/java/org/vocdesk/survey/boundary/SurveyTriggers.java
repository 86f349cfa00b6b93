package org.vocdesk.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.vocdesk.escalation.boundary.Escalations;
import org.vocdesk.survey.control.ImprovementDeadlines;
import org.vocdesk.survey.entity.ImprovementOpened;

/** After an improvement action was opened or progressed, the escalation engine (re)plans its deadlines, asynchronously. */
@ApplicationScoped
public class SurveyTriggers {

    @Inject
    Escalations escalations;

    void onImprovement(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImprovementOpened opened) {
        escalations.planSoon(ImprovementDeadlines.TYPE, opened.improvementId());
    }
}
