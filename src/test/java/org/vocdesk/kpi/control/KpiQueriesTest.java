package org.vocdesk.kpi.control;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.ReceivedPeriod;
import org.vocdesk.capa.entity.Approval;
import org.vocdesk.capa.entity.Capa;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.EightDStep;
import org.vocdesk.capa.entity.Evidence;
import org.vocdesk.capa.entity.EvidenceContent;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.MeetingAttendee;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.capa.entity.WhyChain;
import org.vocdesk.survey.entity.SurveyAnswer;
import org.vocdesk.survey.entity.SurveyCampaign;
import org.vocdesk.survey.entity.SurveyInvitation;
import org.vocdesk.survey.entity.SurveyQuestion;
import org.vocdesk.survey.entity.SurveyTemplate;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.kpi.entity.ImprovementPlan;
import org.vocdesk.kpi.entity.Kpi;
import org.vocdesk.kpi.entity.KpiCounts;
import org.vocdesk.kpi.entity.KpiScope;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI formulas on fixed data sets with known answers, on the migrated schema (H2): each data set lives in
 * a category of its own (the scope filters by it). The counts are also compared with the ledger's count for
 * the same criterion, which is what the dashboard's click-through shows.
 */
class KpiQueriesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2025-06-30T04:00:00Z");
    private static final Instant MAY = Instant.parse("2025-05-05T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final long EMPTY = 1, SEEDS = 2, ALL_LATE = 3, HANDLING = 4, FLAGS = 5, MONTHS = 6, CAPAS = 7;
    private static final long DEPARTMENT = 9001, CUSTOMER_1 = 9001, CUSTOMER_2 = 9002, CUSTOMER_3 = 9003, CUSTOMER_4 = 9004;
    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndFill() {
        sessions = MigratedSchema.withComplaints("kpi-queries", ImprovementPlan.class, EightDReport.class, EightDStep.class,
                WhyChain.class, FishboneCause.class, ReviewMeeting.class, MeetingAttendee.class, Approval.class, Capa.class,
                CapaAction.class, Evidence.class, EvidenceContent.class, SurveyTemplate.class, SurveyQuestion.class,
                SurveyCampaign.class, SurveyInvitation.class, SurveyAnswer.class);
        sessions.inTransaction(session -> {
            Rows rows = new Rows(session);
            // the seeds' example: 6 responsible complaints, 5 replied within two working days; an invalid one and one
            // not yet due are not responsible-and-due, and the invalid one was replied to (communication counts it)
            for (int i = 0; i < 5; i++) {
                rows.add(SEEDS).received(MAY).replyDue(MAY.plus(DAY)).repliedAt(MAY.plus(DAY)).insert();
            }
            rows.add(SEEDS).received(MAY).replyDue(MAY.plus(DAY)).repliedAt(MAY.plus(DAY).plusSeconds(1)).insert();
            rows.add(SEEDS).received(MAY).replyDue(MAY.plus(DAY)).repliedAt(MAY).invalid().insert();
            rows.add(SEEDS).received(NOW.minusSeconds(60)).replyDue(NOW.plus(DAY)).insert();
            // all late: two replied late, one never replied past its deadline; none handled in time
            rows.add(ALL_LATE).received(MAY).replyDue(MAY.plus(DAY)).repliedAt(MAY.plus(DAY.multipliedBy(2))).insert();
            rows.add(ALL_LATE).received(MAY).replyDue(MAY.plus(DAY)).repliedAt(MAY.plus(DAY.multipliedBy(3)))
                    .responseDue(MAY.plus(DAY.multipliedBy(3))).closed(MAY.plus(DAY.multipliedBy(9)), 7200).insert();
            rows.add(ALL_LATE).received(MAY).replyDue(MAY.plus(DAY)).insert();
            // handling times 1 h, 2 h, 9 h (median 2 h, average 4 h); one closed as invalid is not handled
            rows.add(HANDLING).received(MAY).closed(MAY.plus(DAY), 3600).insert();
            rows.add(HANDLING).received(MAY).closed(MAY.plus(DAY), 7200).insert();
            rows.add(HANDLING).received(MAY).closed(MAY.plus(DAY.multipliedBy(20)), 9 * 3600).insert();
            rows.add(HANDLING).received(MAY).invalid().insert();
            // flags: a repeat still open, a major production stop, a major injury, one awaiting confirmation
            rows.add(FLAGS).received(MAY).repeat().insert();
            rows.add(FLAGS).received(MAY).major("PRODUCTION_STOP,BATCH").insert();
            rows.add(FLAGS).received(MAY).major("INJURY").status("AWAITING_CONFIRMATION").insert();
            // months: 2 in April (one on the last evening, Shanghai time), 1 in May, 3 in June
            rows.add(MONTHS).received(Instant.parse("2025-04-02T02:00:00Z")).insert();
            rows.add(MONTHS).received(Instant.parse("2025-04-30T15:59:59Z")).insert();
            rows.add(MONTHS).received(Instant.parse("2025-04-30T16:00:00Z")).insert();
            for (int i = 0; i < 3; i++) {
                rows.add(MONTHS).received(Instant.parse("2025-06-10T02:00:00Z")).insert();
            }
            for (long customer : new long[]{CUSTOMER_1, CUSTOMER_2, CUSTOMER_3, CUSTOMER_4}) {
                session.createNativeMutationQuery("""
                                insert into customer (id, code, name, transaction_count, active, search_key, created_at, updated_at, version)
                                values (?1, ?2, ?2, 5, true, ?2, ?3, ?3, 0)""")
                        .setParameter(1, customer).setParameter(2, "KPI-C" + customer).setParameter(3, MAY).executeUpdate();
            }
            capas(rows);
            campaigns(session);
        });
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void noComplaintsGiveNoRatesAndZeroCounts() {
        KpiCounts counts = total(EMPTY);
        assertThat(Kpi.ON_TIME_REPLY_RATE.valueOf(counts, null)).isNull();
        assertThat(Kpi.ON_TIME_HANDLING_RATE.valueOf(counts, null)).isNull();
        assertThat(Kpi.AVERAGE_HANDLING_HOURS.valueOf(counts, null)).isNull();
        assertThat(Kpi.COMPLAINTS.valueOf(counts, null)).isEqualByComparingTo("0");
        assertThat(median(EMPTY)).isNull();
    }

    @Test
    void fiveOfSixRepliedInTimeIs83Percent() {
        KpiCounts counts = total(SEEDS);
        assertThat(counts.count(Criterion.REPLY_DUE)).isEqualTo(6);
        assertThat(counts.count(Criterion.REPLIED_ON_TIME)).isEqualTo(5);
        assertThat(Kpi.ON_TIME_REPLY_RATE.valueOf(counts, null)).isEqualByComparingTo("83");
        assertThat(Kpi.COMMUNICATION_RATE.valueOf(counts, null)).isEqualByComparingTo("88"); // 7 of 8
        assertThat(ledgerCount(SEEDS, Criterion.REPLIED_ON_TIME)).isEqualTo(5);
        assertThat(ledgerCount(SEEDS, Criterion.REPLY_DUE)).isEqualTo(6);
        assertThat(ledgerCount(SEEDS, Criterion.REPLIED_LATE)).isEqualTo(1);
    }

    @Test
    void allLateIsZeroPercentNotMissing() {
        KpiCounts counts = total(ALL_LATE);
        assertThat(Kpi.ON_TIME_REPLY_RATE.valueOf(counts, null)).isEqualByComparingTo("0");
        assertThat(counts.count(Criterion.REPLIED_LATE)).isEqualTo(3);
        assertThat(Kpi.ON_TIME_HANDLING_RATE.valueOf(counts, null)).isEqualByComparingTo("0");
        assertThat(counts.count(Criterion.HANDLING_DUE)).isEqualTo(3);
        assertThat(counts.count(Criterion.OVERDUE)).isEqualTo(2);
        assertThat(ledgerCount(ALL_LATE, Criterion.OVERDUE)).isEqualTo(2);
    }

    @Test
    void handlingTimesAreTheStoredWorkingTimesOfTheValidClosedOnes() {
        KpiCounts counts = total(HANDLING);
        assertThat(counts.handled()).isEqualTo(3);
        assertThat(Kpi.AVERAGE_HANDLING_HOURS.valueOf(counts, null)).isEqualByComparingTo("4.0");
        assertThat(Kpi.MEDIAN_HANDLING_HOURS.valueOf(counts, median(HANDLING))).isEqualByComparingTo("2.0");
        assertThat(Kpi.CLOSURE_FEEDBACK_RATE.valueOf(counts, null)).isEqualByComparingTo("100");
        assertThat(ledgerCount(HANDLING, Criterion.HANDLED)).isEqualTo(3);
    }

    @Test
    void repeatMajorAndProductionStopsAreCountedApart() {
        KpiCounts counts = total(FLAGS);
        assertThat(Kpi.REPEAT_COMPLAINTS.valueOf(counts, null)).isEqualByComparingTo("1");
        assertThat(Kpi.MAJOR_COMPLAINTS.valueOf(counts, null)).isEqualByComparingTo("2");
        assertThat(Kpi.PRODUCTION_INTERRUPTIONS.valueOf(counts, null)).isEqualByComparingTo("1");
        assertThat(Kpi.OPEN_COMPLAINTS.valueOf(counts, null)).isEqualByComparingTo("3");
        assertThat(counts.count(Criterion.UNRESOLVED_REPEAT)).isEqualTo(1);
        assertThat(Kpi.CLOSURE_FEEDBACK_RATE.valueOf(counts, null)).isEqualByComparingTo("33");
    }

    @Test
    void monthsAreCalendarMonthsInTheCompanyZone() {
        KpiScope scope = new KpiScope(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), null, null, MONTHS);
        List<KpiCounts> months = query(q -> q.countsByPeriod(scope.filter(ZONE), scope.monthBounds(ZONE), NOW));
        assertThat(months).extracting(KpiCounts::complaints).containsExactly(2L, 1L, 3L);
        KpiScope mayOnly = scope.withPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        List<KpiCounts> may = query(q -> q.countsByPeriod(mayOnly.filter(ZONE), mayOnly.monthBounds(ZONE), NOW));
        assertThat(may).extracting(KpiCounts::complaints).containsExactly(1L);
    }

    @Test
    void capaEffectivenessCountsTheFirstChecksMadeInThePeriod() {
        KpiScope scope = scope(CAPAS);
        long[] checks = firstChecks(scope);
        assertThat(checks).as("checked, effective at the first check").containsExactly(3, 2);
        assertThat(Kpi.rate(checks[1], checks[0])).isEqualByComparingTo("67");
        long[] department = firstChecks(new KpiScope(scope.from(), scope.to(), DEPARTMENT, null, CAPAS));
        assertThat(department).containsExactly(2, 1);
        long[] customer = firstChecks(new KpiScope(scope.from(), scope.to(), null, CUSTOMER_1, CAPAS));
        assertThat(customer).containsExactly(2, 2);
        long[] mayOnly = firstChecks(scope.withPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));
        assertThat(mayOnly).as("the first check on 1 May 00:00 Shanghai and the not effective one of 12 May").containsExactly(3, 2);
    }

    @Test
    void noCapaCheckedIsNoValueNotZeroPercent() {
        long[] checks = firstChecks(scope(EMPTY));
        assertThat(checks).containsExactly(0, 0);
        assertThat(Kpi.rate(checks[1], checks[0])).isNull();
        long[] notYetChecked = firstChecks(scope(CAPAS).withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(notYetChecked).as("the check of December is before, the open CAPA was never checked").containsExactly(0, 0);
    }

    @Test
    void satisfactionIsTheAverageOfTheValidResponsesOfEachCampaign() {
        List<Object[]> campaigns = query(q -> q.campaignScores(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 30), null));
        assertThat(campaigns).extracting(r -> r[1]).as("launched campaigns overlapping the period, by period; no draft")
                .containsExactly("2024 annual", "2025 Q1", "2025 Q2");
        assertThat(campaigns).extracting(r -> ((Number) r[4]).longValue()).containsExactly(2L, 3L, 0L);
        assertThat(average(campaigns.get(0))).isEqualByComparingTo("85");
        assertThat(average(campaigns.get(1)).setScale(2, java.math.RoundingMode.HALF_UP))
                .as("(90 + 95 + 86) / 3; the unanswered invitation does not count").isEqualByComparingTo("90.33");
        assertThat(campaigns.get(2)[5]).as("no responses yet: no score").isNull();

        List<Object[]> customer = query(q -> q.campaignScores(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), CUSTOMER_1));
        assertThat(customer).extracting(r -> r[1]).containsExactly("2025 Q1", "2025 Q2");
        assertThat(average(customer.get(0))).isEqualByComparingTo("90");
        List<Object[]> none = query(q -> q.campaignScores(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), null));
        assertThat(none).isEmpty();
    }

    private static BigDecimal average(Object[] row) {
        return new BigDecimal(row[5].toString());
    }

    private static long[] firstChecks(KpiScope scope) {
        return query(q -> q.firstEffectivenessChecks(scope.filterAnyTime(), ReceivedPeriod.from(scope.from(), ZONE),
                ReceivedPeriod.until(scope.to(), ZONE), NOW));
    }

    /**
     * CAPAs of complaints received in May: effective at the first check (department, customer 1), not effective then
     * effective in June (department, customer 2), effective at the first minute of May in Shanghai (customer 1),
     * effective in December 2024 (before the period), and one never checked.
     */
    private static void capas(Rows rows) {
        rows.session.createNativeMutationQuery("insert into department (id, code, name, version) values (9001, 'KPI-Q', 'Quality', 0)")
                .executeUpdate();
        rows.capa(rows.add(CAPAS).department(DEPARTMENT).customer(CUSTOMER_1), "2025-05-10T02:00:00Z:true");
        rows.capa(rows.add(CAPAS).department(DEPARTMENT).customer(CUSTOMER_2), "2025-05-12T02:00:00Z:false", "2025-06-12T02:00:00Z:true");
        rows.capa(rows.add(CAPAS).customer(CUSTOMER_1), "2025-04-30T16:00:00Z:true");
        rows.capa(rows.add(CAPAS).department(DEPARTMENT).customer(CUSTOMER_1), "2024-12-20T02:00:00Z:true");
        rows.capa(rows.add(CAPAS).department(DEPARTMENT));
    }

    /**
     * Campaigns: 2024 annual (80, 90), 2025 Q1 (90 from customer 1, 95, 86, and customer 3 who has not answered),
     * 2025 Q2 live without answers, and a draft.
     */
    private static void campaigns(org.hibernate.Session session) {
        campaign(session, 9001, "2024 annual", "ANNUAL", "2024-01-01", "2024-12-31", "CLOSED");
        campaign(session, 9002, "2025 Q1", "QUARTERLY", "2025-01-01", "2025-03-31", "CLOSED");
        campaign(session, 9003, "2025 Q2", "QUARTERLY", "2025-04-01", "2025-06-30", "LIVE");
        campaign(session, 9004, "2025 Q2 draft", "QUARTERLY", "2025-04-01", "2025-06-30", "DRAFT");
        response(session, 9001, CUSTOMER_1, "80.00");
        response(session, 9001, CUSTOMER_2, "90.00");
        response(session, 9002, CUSTOMER_1, "90.00");
        response(session, 9002, CUSTOMER_2, "95.00");
        response(session, 9002, CUSTOMER_4, "86.00");
        response(session, 9002, CUSTOMER_3, null);
        response(session, 9003, CUSTOMER_1, null);
    }

    private static void campaign(org.hibernate.Session session, long id, String name, String kind, String start, String end, String status) {
        session.createNativeMutationQuery("""
                        insert into survey_campaign (id, name, period_kind, period_start, period_end, respond_by, min_transactions,
                          target_percent, template_id, status, created_at, all_customers, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 3, 80, (select min(id) from survey_template), ?7, ?6, 4, 0)""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, kind).setParameter(4, LocalDate.parse(start))
                .setParameter(5, LocalDate.parse(end)).setParameter(6, MAY).setParameter(7, status).executeUpdate();
    }

    /** An invitation, submitted with the score given (null: not answered). */
    private static void response(org.hibernate.Session session, long campaign, long customer, String score) {
        session.createNativeMutationQuery("""
                        insert into survey_invitation (campaign_id, customer_id, template_id, token, language, status, issued_at,
                          expires_at, submitted_at, score, version)
                        values (?1, ?2, (select min(id) from survey_template), ?3, 'zh-CN', ?4, ?5, ?5, ?6, ?7, 0)""")
                .setParameter(1, campaign).setParameter(2, customer).setParameter(3, "t" + campaign + "-" + customer)
                .setParameter(4, score == null ? "ISSUED" : "SUBMITTED").setParameter(5, MAY)
                .setParameter(6, score == null ? null : MAY).setParameter(7, score == null ? null : new BigDecimal(score))
                .executeUpdate();
    }

    private static KpiScope scope(long category) {
        return new KpiScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null, null, category);
    }

    private static KpiCounts total(long category) {
        KpiScope scope = scope(category);
        return query(q -> q.countsByPeriod(scope.filter(ZONE), scope.monthBounds(ZONE), NOW))
                .stream().reduce(KpiCounts.none(), KpiCounts::plus);
    }

    private static Long median(long category) {
        return query(q -> q.medianHandlingSeconds(scope(category).filter(ZONE), NOW));
    }

    private static long ledgerCount(long category, Criterion criterion) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ComplaintLedger.where(scope(category).filter(ZONE).withCriterion(criterion), NOW, parameters);
        return sessions.fromTransaction(session -> {
            var count = session.createSelectionQuery("select count(c) from Complaint c left join c.customer cu" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    private static <T> T query(Function<KpiQueries, T> call) {
        return sessions.fromTransaction(session -> {
            KpiQueries queries = new KpiQueries();
            queries.em = session;
            queries.ledger = org.vocdesk.complaint.control.TestLedgers.seeingAll(session);
            return call.apply(queries);
        });
    }

    /** Complaint rows as the entity stores them (late_from included), with only what the KPIs read. */
    private static final class Rows {
        private final org.hibernate.Session session;
        private int sequence;

        Rows(org.hibernate.Session session) {
            this.session = session;
        }

        Row add(long category) {
            return new Row(this, category, ++sequence);
        }

        /** The complaint with an 8D report whose CAPA has these verifications ("instant:effective"), in order. */
        void capa(Row complaint, String... verifications) {
            String number = complaint.insert();
            long capa = 9000 + sequence;
            session.createNativeMutationQuery("insert into capa_plan (id, status, round_no) values (?1, 'OPEN', ?2)")
                    .setParameter(1, capa).setParameter(2, verifications.length + 1).executeUpdate();
            session.createNativeMutationQuery("""
                            insert into capa_report (complaint_id, capa_id, opened_at, opened_by, version)
                            values ((select id from complaint where number = ?1), ?2, ?3, 'test', 0)""")
                    .setParameter(1, number).setParameter(2, capa).setParameter(3, MAY).executeUpdate();
            for (int seq = 0; seq < verifications.length; seq++) {
                String[] verification = verifications[seq].split("Z:");
                session.createNativeMutationQuery("""
                                insert into capa_verification (capa_id, seq, round_no, effective, verdict, verified_at, verified_by)
                                values (?1, ?2, ?3, ?4, 'checked', ?5, 'quality')""")
                        .setParameter(1, capa).setParameter(2, seq).setParameter(3, seq + 1)
                        .setParameter(4, Boolean.parseBoolean(verification[1])).setParameter(5, Instant.parse(verification[0] + "Z"))
                        .executeUpdate();
            }
        }
    }

    private static final class Row {
        private final Rows rows;
        private final long category;
        private final int n;
        private Instant received = MAY;
        private Instant replyDue;
        private Instant repliedAt;
        private Instant responseDue;
        private Instant closedAt;
        private Long handlingSeconds;
        private String status = "INVESTIGATING";
        private String validity = "VALID";
        private boolean repeat;
        private String majorReasons;
        private Long departmentId;
        private Long customerId;

        Row(Rows rows, long category, int n) {
            this.rows = rows;
            this.category = category;
            this.n = n;
        }

        Row received(Instant at) { received = at; return this; }
        Row replyDue(Instant at) { replyDue = at; return this; }
        Row repliedAt(Instant at) { repliedAt = at; return this; }
        Row responseDue(Instant at) { responseDue = at; return this; }
        Row closed(Instant at, long seconds) { closedAt = at; handlingSeconds = seconds; status = "CLOSED"; return this; }
        Row invalid() { validity = "INVALID"; status = "CLOSED_INVALID"; closedAt = received.plusSeconds(60); return this; }
        Row repeat() { repeat = true; return this; }
        Row major(String reasons) { majorReasons = reasons; return this; }
        Row status(String value) { status = value; return this; }
        Row department(long id) { departmentId = id; return this; }
        Row customer(long id) { customerId = id; return this; }

        /** Inserts the complaint; returns its number. */
        String insert() {
            Instant firstReplyDue = replyDue != null ? replyDue : received.plus(Duration.ofDays(2));
            Instant response = responseDue != null ? responseDue : received.plus(Duration.ofDays(5));
            Instant lateFrom = closedAt != null ? null : repliedAt == null && firstReplyDue.isBefore(response) ? firstReplyDue : response;
            rows.session.createNativeMutationQuery("""
                            insert into complaint (number, received_at, recorded_at, recorded_by, channel, feedback_type,
                              category_id, anonymous, customer_words, initial_urgency, status, validity, major, major_reasons,
                              is_repeat, calendar_code, first_reply_due, response_due, first_replied_at, closed_at, late_from,
                              handling_seconds, department_id, customer_id, version)
                            values (?1, ?2, ?2, 'test', 'PHONE', 'COMPLAINT', ?3, false, 'words', 'HIGH', ?4, ?5, ?6, ?7,
                              ?8, 'CN', ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 0)""")
                    .setParameter(1, "KPI" + n).setParameter(2, received).setParameter(3, category)
                    .setParameter(4, status).setParameter(5, validity).setParameter(6, majorReasons != null)
                    .setParameter(7, majorReasons).setParameter(8, repeat).setParameter(9, firstReplyDue)
                    .setParameter(10, response).setParameter(11, repliedAt).setParameter(12, closedAt)
                    .setParameter(13, lateFrom).setParameter(14, handlingSeconds)
                    .setParameter(15, departmentId).setParameter(16, customerId)
                    .executeUpdate();
            return "KPI" + n;
        }
    }
}
