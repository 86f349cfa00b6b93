package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.QuestionData;
import org.vocdesk.survey.entity.SurveyQuestion;
import org.vocdesk.survey.entity.SurveyTemplate;

import java.util.List;

/** A questionnaire version with its questions in both languages. */
public record TemplateView(long id, String projectType, int revision, String nameZh, String nameEn, boolean locked,
                           List<QuestionData> questions, List<Long> questionIds) {

    static TemplateView of(SurveyTemplate t) {
        return new TemplateView(t.getId(), t.getProjectType(), t.getRevision(), t.getNameZh(), t.getNameEn(), t.isLocked(),
                t.getQuestions().stream().map(SurveyQuestion::data).toList(), t.getQuestions().stream().map(SurveyQuestion::getId).toList());
    }
}
