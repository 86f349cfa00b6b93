package org.vocdesk.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.survey.entity.AnswerInput;
import org.vocdesk.survey.entity.CustomerTransaction;
import org.vocdesk.survey.entity.TransactionLine;
import org.vocdesk.survey.entity.TransactionSource;
import org.vocdesk.survey.entity.ImprovementAction;
import org.vocdesk.survey.entity.PeriodKind;
import org.vocdesk.survey.entity.QuestionKind;
import org.vocdesk.survey.entity.ResponseMode;
import org.vocdesk.survey.entity.Satisfaction;
import org.vocdesk.survey.entity.SurveyCampaign;
import org.vocdesk.survey.entity.SurveyInvitation;
import org.vocdesk.survey.entity.SurveyQuestion;
import org.vocdesk.survey.entity.SurveyTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo content: last year's annual campaign, answered by most eligible customers (some on paper), scored, with
 * the improvement actions it opened, mostly done. Runs inside the demo loading transaction.
 */
@ApplicationScoped
public class SurveyDemo {

    private static final Satisfaction[] MOSTLY_CONTENT = {Satisfaction.VERY_SATISFIED, Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED,
            Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.NOT_SATISFIED};

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveySettings settings;

    public int load(Instant now) {
        ZoneId zone = settings.zone();
        if (em.createQuery("select count(c) from SurveyCampaign c", Long.class).getSingleResult() > 0) {
            return 0;
        }
        LocalDate lastYear = LocalDate.ofInstant(now, zone).minusYears(1).withDayOfYear(1);
        Instant opened = lastYear.plusMonths(11).atStartOfDay(zone).toInstant();
        Instant respondBy = opened.plus(Duration.ofDays(30));
        Department quality = em.createQuery("select d from Department d order by d.id", Department.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        SurveyTemplate service = latest("TECHNICAL_SERVICE");
        SurveyTemplate engineering = latest("ENGINEERING");
        SurveyCampaign campaign = new SurveyCampaign(lastYear.getYear() + " 年度顾客满意度调查 / annual customer satisfaction survey",
                PeriodKind.ANNUAL, lastYear, respondBy, null, null, service, quality, opened);
        em.persist(campaign);
        ordersOfTheYear(lastYear, opened);
        List<Customer> eligible = EligibleCustomers.list(em, campaign.getPeriodStart(), campaign.getPeriodEnd(), campaign.getMinTransactions());
        int all = Math.toIntExact(em.createQuery("select count(c) from Customer c where c.active = true", Long.class).getSingleResult());
        campaign.launch(all, opened);
        engineering.lock();
        Random random = new Random(2024);
        int answered = 0;
        for (int n = 0; n < eligible.size(); n++) {
            Customer customer = eligible.get(n);
            SurveyInvitation invitation = new SurveyInvitation(campaign, customer, n % 3 == 2 ? engineering : service,
                    InvitationTokens.next(), n % 4 == 3 ? "en" : "zh-CN", opened);
            em.persist(invitation);
            if (random.nextInt(100) < 85) {
                respond(invitation, random, opened.plus(Duration.ofDays(3 + random.nextInt(20))), quality);
                answered++;
            }
        }
        em.flush();
        return answered;
    }

    /** Demo orders spread over the year: as many as the customer file's count says, at most one a month. */
    private void ordersOfTheYear(LocalDate year, Instant now) {
        List<Customer> customers = em.createQuery("select c from Customer c where c.active = true and c.transactionCount > 0 order by c.code",
                Customer.class).getResultList();
        for (Customer c : customers) {
            for (int month = 0; month < Math.min(12, c.getTransactionCount()); month++) {
                em.persist(new CustomerTransaction(c.getId(), new TransactionLine(c.getCode(), "DEMO-" + c.getCode() + "-" + (month + 1),
                        year.plusMonths(month).plusDays(9), null), TransactionSource.IMPORT, "demo", now));
            }
        }
        em.flush();
    }

    private void respond(SurveyInvitation invitation, Random random, Instant at, Department department) {
        em.flush(); // the questions' ids are known, the answers refer to them
        List<AnswerInput> answers = new ArrayList<>();
        for (SurveyQuestion q : invitation.getTemplate().getQuestions()) {
            if (q.getKind() == QuestionKind.RATING) {
                answers.add(new AnswerInput(q.getId(), MOSTLY_CONTENT[random.nextInt(MOSTLY_CONTENT.length)], null, null));
            } else if (q.getKind() == QuestionKind.SUGGESTION) {
                boolean some = random.nextInt(4) == 0;
                answers.add(new AnswerInput(q.getId(), null, some ? 1 : 0, some ? "希望缩短交货周期 / shorter lead times, please" : null));
            }
        }
        invitation.saveAnswers(answers);
        boolean paper = random.nextInt(5) == 0;
        if (invitation.submit(paper ? ResponseMode.PAPER : ResponseMode.ONLINE, paper ? "demo" : null, settings.bands(), at)) {
            ImprovementAction action = new ImprovementAction(invitation, department, department == null ? null : department.getManager(),
                    "演示 / demo: " + invitation.getScore(), at.plus(calendarDays(settings.actionTime())),
                    at.plus(calendarDays(settings.replyTime())), at);
            em.persist(action);
            if (random.nextInt(3) > 0) {
                action.completeAction("已分析原因并整改 / cause analysed and corrected", at.plus(Duration.ofDays(12)));
                action.replied("已电话回复顾客 / customer called back", at.plus(Duration.ofDays(8)));
            }
        }
    }

    /** Demo data only: five working days a week, holidays ignored. */
    private static Duration calendarDays(org.vocdesk.calendar.entity.WorkDuration working) {
        return Duration.ofDays(working.wholeDays() * 7 / 5);
    }

    private SurveyTemplate latest(String projectType) {
        return em.createQuery("select t from SurveyTemplate t where t.projectType = :p order by t.revision desc", SurveyTemplate.class)
                .setParameter("p", projectType).setMaxResults(1).getSingleResult();
    }
}
