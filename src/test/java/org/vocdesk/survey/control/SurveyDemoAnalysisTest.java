package org.vocdesk.survey.control;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.entity.ImprovementAction;
import org.vocdesk.survey.entity.CustomerTransaction;
import org.vocdesk.survey.entity.SurveyAnswer;
import org.vocdesk.survey.entity.SurveyCampaign;
import org.vocdesk.survey.entity.SurveyInvitation;
import org.vocdesk.survey.entity.SurveyQuestion;
import org.vocdesk.survey.entity.SurveyTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo campaign written on the migrated H2 schema, and the analysis queries run over it. */
class SurveyDemoAnalysisTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrate() {
        sessions = MigratedSchema.sessions("survey-demo", SurveyTemplate.class, SurveyQuestion.class, SurveyCampaign.class,
                SurveyInvitation.class, SurveyAnswer.class, ImprovementAction.class, CustomerTransaction.class, Customer.class, Department.class, AppUser.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void demoCampaignIsAnsweredScoredAndAnalysed() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        SurveySettings settings = new SurveySettings();
        settings.bands = "95,90,80";
        settings.actionDays = 30;
        settings.replyDays = 10;
        settings.zone = "Asia/Shanghai";
        sessions.inTransaction(session -> {
            for (int i = 0; i < 40; i++) {
                session.persist(new Customer(new CustomerData("D" + i, "演示客户 " + i, null, null, null, null, i % 10, null), now));
            }
            SurveyDemo demo = new SurveyDemo();
            demo.em = session;
            demo.settings = settings;
            assertThat(demo.load(now)).isBetween(20, 28); // 28 eligible (3+ transactions), about 85 % answer
            assertThat(demo.load(now)).isZero(); // once only
        });
        sessions.inTransaction(session -> {
            SurveyAnalysis analysis = new SurveyAnalysis();
            analysis.em = session;
            long id = session.createSelectionQuery("select c.id from SurveyCampaign c", Long.class).getSingleResult();
            var types = analysis.projectTypes(id);
            assertThat(types).extracting(Analysis.TypeFigures::projectType).containsExactly("ENGINEERING", "TECHNICAL_SERVICE");
            for (Analysis.TypeFigures t : types) {
                assertThat(t.bands().stream().mapToLong(Analysis.BandCount::count).sum()).isEqualTo(t.responses());
                assertThat(t.average()).isBetween(java.math.BigDecimal.valueOf(60), java.math.BigDecimal.valueOf(100));
                assertThat(t.questions()).isNotEmpty();
            }
            assertThat(analysis.history(id)).hasSize(1);
            var reasons = analysis.reasons(id, 90);
            assertThat(reasons).isNotEmpty().allSatisfy(r -> assertThat(r.score().doubleValue() < 89.5 || r.suggestion() != null
                    || !r.notSatisfiedItems().isEmpty()).isTrue());
            long actions = session.createSelectionQuery("select count(a) from ImprovementAction a", Long.class).getSingleResult();
            assertThat(actions).isPositive();
        });
    }
}
