package org.vocdesk.survey.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.it.MigratedSchema;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey migrations on H2, validated against the survey entities; the seeded questionnaires are complete. */
class SurveySchemaTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("survey-schema", SurveyTemplate.class, SurveyQuestion.class, SurveyCampaign.class,
                SurveyInvitation.class, SurveyAnswer.class, ImprovementAction.class, Customer.class, Department.class, AppUser.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void theThreeSeededQuestionnairesHaveWeightsOfHundredAndTheClosingSuggestion() {
        sessions.inTransaction(session -> {
            var templates = session.createSelectionQuery("from SurveyTemplate order by projectType", SurveyTemplate.class).getResultList();
            assertThat(templates).extracting(SurveyTemplate::getProjectType)
                    .containsExactly("ENGINEERING", "TECHNICAL_RESEARCH", "TECHNICAL_SERVICE");
            for (SurveyTemplate t : templates) {
                assertThat(t.getQuestions().stream().mapToInt(SurveyQuestion::getWeight).sum()).as(t.getProjectType()).isEqualTo(100);
                SurveyQuestion last = t.getQuestions().get(t.getQuestions().size() - 1);
                assertThat(last.getKind()).isEqualTo(QuestionKind.SUGGESTION);
                assertThat(last.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("其他意见及建议");
                t.replaceQuestions(t.getQuestions().stream().map(SurveyQuestion::data).toList()); // seeded data passes the rules
            }
        });
    }
}
