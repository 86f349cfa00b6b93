package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.SurveyInvitation;
import org.vocdesk.survey.entity.SurveyQuestion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the respondent sees: the questionnaire in their language and the answers saved so far. */
public record SurveyForm(long invitationId, String customerName, String campaignName, String title, String intro, String language,
                         Instant respondBy, String status, List<Question> questions, List<AnswerInput> answers) {

    public record Question(long id, int position, String kind, String text, int weight, List<String> options) {
    }

    static SurveyForm of(SurveyInvitation i, Locale locale) {
        List<Question> questions = i.getTemplate().getQuestions().stream().map(q -> question(q, locale)).toList();
        return new SurveyForm(i.getId(), i.getCustomer().getName(), i.getCampaign().getName(), i.getTemplate().name(locale),
                i.getTemplate().intro(locale), locale.toLanguageTag(), i.getExpiresAt(), i.getStatus().name(), questions,
                i.getAnswers().stream().map(a -> a.input()).toList());
    }

    private static Question question(SurveyQuestion q, Locale locale) {
        return new Question(q.getId(), q.getPosition(), q.getKind().name(), q.text(locale), q.getWeight(), q.options(locale));
    }
}
