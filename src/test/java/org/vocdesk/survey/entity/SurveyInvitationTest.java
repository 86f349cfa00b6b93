package org.vocdesk.survey.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.survey.entity.SurveyFixtures.NOW;

class SurveyInvitationTest {

    final SurveyInvitation invitation = SurveyFixtures.invitation(SurveyFixtures.template());

    @Test
    void answersAreResumableUntilSubmittedThenTheLinkIsUsed() {
        invitation.saveAnswers(List.of(new AnswerInput(1, Satisfaction.VERY_SATISFIED, null, null)));
        assertThatThrownBy(() -> invitation.submit(ResponseMode.ONLINE, null, ScoreBands.DEFAULT, NOW))
                .hasMessageContaining("survey.answer.ratingMissing");
        invitation.saveAnswers(List.of(new AnswerInput(1, Satisfaction.SATISFIED, null, null),
                new AnswerInput(2, Satisfaction.SATISFIED, null, null), new AnswerInput(4, null, 0, null)));

        boolean followUp = invitation.submit(ResponseMode.ONLINE, null, ScoreBands.DEFAULT, NOW);

        assertThat(followUp).isFalse();
        assertThat(invitation.getScore()).isEqualByComparingTo("92");
        assertThat(invitation.getBand()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(invitation.getSuggestionGiven()).isFalse();
        assertThatThrownBy(() -> invitation.checkAnswerableByLink(NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("survey.token.used"));
        assertThatThrownBy(() -> invitation.submit(ResponseMode.ONLINE, null, ScoreBands.DEFAULT, NOW))
                .hasMessageContaining("survey.token.used");
        assertThatThrownBy(() -> invitation.saveAnswers(List.of())).hasMessageContaining("survey.token.used");
    }

    @Test
    void anExpiredLinkIsRefusedButStaffMayStillEnterAPaperResponse() {
        var later = invitation.getExpiresAt();
        assertThatThrownBy(() -> invitation.checkAnswerableByLink(later))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("survey.token.expired"));
        invitation.checkAnswerableByLink(later.minusSeconds(1));

        invitation.saveAnswers(List.of(new AnswerInput(1, Satisfaction.NOT_SATISFIED, null, null),
                new AnswerInput(2, Satisfaction.VERY_SATISFIED, null, null), new AnswerInput(4, null, 1, "交货太慢")));
        boolean followUp = invitation.submit(ResponseMode.PAPER, "clerk", ScoreBands.DEFAULT, later);

        assertThat(followUp).isTrue();
        assertThat(invitation.getScore()).isEqualByComparingTo("76");
        assertThat(invitation.getResponseMode()).isEqualTo(ResponseMode.PAPER);
        assertThat(invitation.getSuggestionText()).isEqualTo("交货太慢");
        assertThat(invitation.notSatisfiedItems()).extracting(SurveyQuestion::getTextEn).containsExactly("Quality");
    }

    @Test
    void malformedAnswersAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> invitation.saveAnswers(List.of(new AnswerInput(99, Satisfaction.SATISFIED, null, null))))
                .hasMessageContaining("survey.answer.unknownQuestion");
        assertThatThrownBy(() -> invitation.saveAnswers(List.of(new AnswerInput(3, null, 2, null))))
                .hasMessageContaining("survey.answer.choiceInvalid");
        assertThatThrownBy(() -> invitation.saveAnswers(List.of(new AnswerInput(4, null, 3, null))))
                .hasMessageContaining("survey.answer.suggestionInvalid");
        invitation.saveAnswers(List.of(new AnswerInput(1, Satisfaction.SATISFIED, null, null),
                new AnswerInput(2, Satisfaction.SATISFIED, null, null), new AnswerInput(4, null, 1, " ")));
        assertThatThrownBy(() -> invitation.submit(ResponseMode.ONLINE, null, ScoreBands.DEFAULT, NOW))
                .hasMessageContaining("survey.answer.suggestionTextMissing");
    }
}
