package org.vocdesk.survey.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.survey.entity.SurveyFixtures.NOW;

class SurveyTemplateTest {

    @Test
    void aVersionUsedByALiveCampaignCannotChangeButANewVersionCan() {
        SurveyTemplate t = SurveyFixtures.template();
        SurveyInvitation invitation = SurveyFixtures.invitation(t);
        t.replaceQuestions(SurveyFixtures.questions()); // still a draft: allowed
        invitation.getCampaign().launch(10, NOW);

        assertThat(t.isLocked()).isTrue();
        assertThatThrownBy(() -> t.replaceQuestions(SurveyFixtures.questions()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("survey.template.locked"));

        SurveyTemplate next = t.nextRevision(2, NOW);
        List<QuestionData> changed = new ArrayList<>(SurveyFixtures.questions());
        changed.set(0, new QuestionData(QuestionKind.RATING, "产品质量", "Product quality", 70, null, null));
        next.replaceQuestions(changed);
        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(next.isLocked()).isFalse();
        assertThat(next.getQuestions().get(0).getTextEn()).isEqualTo("Product quality");
        assertThat(t.getQuestions().get(0).getTextEn()).isEqualTo("Quality");
    }

    @Test
    void aQuestionnaireNeedsARatedItemOneClosingSuggestionAndValidQuestions() {
        SurveyTemplate t = SurveyFixtures.template();
        assertThatThrownBy(() -> t.replaceQuestions(List.of(new QuestionData(QuestionKind.SUGGESTION, "意见", "Opinions", 0, null, null))))
                .hasMessageContaining("survey.template.noRating");
        assertThatThrownBy(() -> t.replaceQuestions(List.of(new QuestionData(QuestionKind.RATING, "质量", "Quality", 50, null, null))))
                .hasMessageContaining("survey.template.oneSuggestion");
        var suggestion = new QuestionData(QuestionKind.SUGGESTION, "意见", "Opinions", 0, null, null);
        assertThatThrownBy(() -> t.replaceQuestions(List.of(new QuestionData(QuestionKind.RATING, "质量", "Quality", 0, null, null), suggestion)))
                .hasMessageContaining("survey.question.weightInvalid");
        assertThatThrownBy(() -> t.replaceQuestions(List.of(new QuestionData(QuestionKind.RATING, "质量", " ", 10, null, null), suggestion)))
                .hasMessageContaining("survey.question.textInvalid");
        assertThatThrownBy(() -> t.replaceQuestions(List.of(new QuestionData(QuestionKind.RATING, "质量", "Q", 10, null, null),
                new QuestionData(QuestionKind.CHOICE, "选", "Pick", 0, "甲|乙", "A"), suggestion)))
                .hasMessageContaining("survey.question.optionsInvalid");
        assertThat(t.getQuestions()).hasSize(4); // unchanged by the refused edits
    }
}
