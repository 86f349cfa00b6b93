package org.vocdesk.survey.entity;

import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Entities as they would be after persisting (ids set), without a database. */
final class SurveyFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private SurveyFixtures() {
    }

    static List<QuestionData> questions() {
        return List.of(new QuestionData(QuestionKind.RATING, "质量", "Quality", 60, null, null),
                new QuestionData(QuestionKind.RATING, "交期", "Delivery", 40, null, null),
                new QuestionData(QuestionKind.CHOICE, "联系方式", "Contact", 0, "电话|邮件", "Phone|E-mail"),
                new QuestionData(QuestionKind.SUGGESTION, "其他意见及建议", "Other opinions and suggestions", 0, null, null));
    }

    static SurveyTemplate template() {
        SurveyTemplate t = new SurveyTemplate("ENGINEERING", 1, "工程类", "Engineering", "", "", questions(), NOW);
        long id = 1;
        for (SurveyQuestion q : t.getQuestions()) {
            set(q, "id", id++);
        }
        return t;
    }

    static SurveyInvitation invitation(SurveyTemplate template) {
        SurveyCampaign campaign = new SurveyCampaign("2026", PeriodKind.ANNUAL, LocalDate.of(2026, 1, 1),
                NOW.plusSeconds(86_400 * 30), null, null, template, null, NOW);
        Customer customer = new Customer(new CustomerData("C1", "客户", null, null, null, "c@example.com", 5, null), NOW);
        return new SurveyInvitation(campaign, customer, template, "t", "zh-CN", NOW);
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
