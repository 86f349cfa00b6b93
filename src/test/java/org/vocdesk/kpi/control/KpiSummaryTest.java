package org.vocdesk.kpi.control;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.control.ReceivedPeriod;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.kpi.entity.KpiCounts;
import org.vocdesk.kpi.entity.KpiScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly KPI summary kept on every write of a complaint (KpiSummaryListener) equals the summary rebuilt from the
 * complaints (the migration's backfill) after each step of a complaint's life, and the KPI counts read from it equal
 * those counted over the complaints themselves (H2, the migrated schema, real entities and their methods).
 */
class KpiSummaryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant MAY = Instant.parse("2025-05-05T02:00:00Z");
    private static final Instant APRIL_LAST_EVENING = Instant.parse("2025-04-30T15:30:00Z");
    private static final Instant NOW = Instant.parse("2025-06-30T04:00:00Z");
    private static final long HOUR = 3600;
    private static final long CUSTOMER = 9101;
    private static final Actor CLERK = new Actor("li", EnumSet.of(Role.CLERK), null);
    private static final Actor QUALITY = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), null);
    private static SessionFactory sessions;
    private static long production;
    private static long sales;
    private static long handler;

    @BeforeAll
    static void migrate() {
        sessions = MigratedSchema.withComplaints("kpi-summary");
        sessions.inTransaction(session -> {
            Department p = new Department("KS-PROD", "Production");
            Department s = new Department("KS-SALES", "Sales");
            session.persist(p);
            session.persist(s);
            production = p.getId();
            sales = s.getId();
            AppUser wang = new AppUser("ks-wang", "Wang", null, "hash");
            wang.assignTo(p);
            session.persist(wang);
            handler = wang.getId();
            session.createNativeMutationQuery("""
                            insert into customer (id, code, name, transaction_count, active, search_key, created_at, updated_at, version)
                            values (?1, 'KS-C', 'KS-C', 5, true, 'KS-C', ?2, ?2, 0)""")
                    .setParameter(1, CUSTOMER).setParameter(2, MAY).executeUpdate();
        });
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void theSummaryFollowsEveryStepOfAComplaintsLife() {
        long a = create(MAY, true, Set.of());
        long b = create(APRIL_LAST_EVENING, false, Set.of(MajorReason.PRODUCTION_STOP));
        long c = create(MAY, true, Set.of());
        assertSummaryIsTheRebuiltOne();

        change(a, x -> x.triageAsValid(QUALITY, Urgency.MEDIUM, Set.of(), department(production), user(handler), "to production", MAY));
        change(b, x -> x.triageAsInvalid(QUALITY, "damaged by the carrier", MAY));
        change(c, x -> x.triageAsValid(QUALITY, Urgency.HIGH, Set.of(), department(sales), null, null, MAY));
        assertSummaryIsTheRebuiltOne();

        change(a, x -> x.recordFirstReply(CLERK, MAY.plusSeconds(HOUR), "looking into it", MAY.plusSeconds(HOUR)));
        change(c, x -> x.recordFirstReply(CLERK, MAY.plusSeconds(90 * HOUR), "late reply", MAY.plusSeconds(90 * HOUR)));
        assertSummaryIsTheRebuiltOne();

        Actor productionManager = new Actor("zhou", EnumSet.of(Role.DEPARTMENT_MANAGER), production);
        change(a, x -> x.startInvestigation(productionManager, "5-why", MAY.plusSeconds(2 * HOUR)));
        change(a, x -> x.requestConfirmation(productionManager, "replaced the housings", MAY.plusSeconds(3 * HOUR)));
        assertSummaryIsTheRebuiltOne();
        change(a, x -> x.close(QUALITY, "confirmed by phone", MAY.plusSeconds(4 * HOUR)));
        assertSummaryIsTheRebuiltOne();

        change(a, x -> x.reopen(QUALITY, "came back", MAY.plusSeconds(30 * HOUR)));
        assertSummaryIsTheRebuiltOne();

        change(a, x -> x.reassign(QUALITY, department(sales), null, "sales handles it now", MAY.plusSeconds(31 * HOUR)));
        assertSummaryIsTheRebuiltOne();
        assertCountsFromSummaryAreTheRecount();

        long before = complaintsCounted();
        change(c, x -> x.voidRecord(QUALITY, "entered twice", MAY.plusSeconds(32 * HOUR)));
        assertThat(complaintsCounted()).as("a voided complaint leaves the KPIs").isEqualTo(before - 1);
        assertSummaryIsTheRebuiltOne();
        assertCountsFromSummaryAreTheRecount();
    }

    @Test
    void partOfAMonthIsTheMonthLessTheDaysOutsideThePeriod() {
        create(Instant.parse("2025-03-03T02:00:00Z"), true, Set.of());
        create(Instant.parse("2025-03-20T02:00:00Z"), true, Set.of());
        create(Instant.parse("2025-03-28T02:00:00Z"), true, Set.of());
        KpiScope middle = new KpiScope(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 25), null, null, null);
        KpiReports reports = reports();
        assertThat(reports.monthly(middle, ZONE, NOW, false)).isEqualTo(reports.monthly(middle, ZONE, NOW, true));
        assertThat(reports.monthly(middle, ZONE, NOW, false).get(0).complaints()).isEqualTo(1);
        KpiScope twoMonths = new KpiScope(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 5, 6), null, null, null);
        assertThat(reports.monthly(twoMonths, ZONE, NOW, false)).isEqualTo(reports.monthly(twoMonths, ZONE, NOW, true));
    }

    private static long create(Instant received, boolean withCustomer, Set<MajorReason> reasons) {
        long[] id = new long[1];
        sessions.inTransaction(session -> {
            Category category = session.createQuery("from Category order by id", Category.class).setMaxResults(1).getSingleResult();
            Customer customer = withCustomer ? session.find(Customer.class, CUSTOMER) : null;
            Complaint complaint = new Complaint("KS" + System.nanoTime() % 10_000_000, new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT,
                    category.getId(), customer == null ? null : CUSTOMER, false, "Li", null, null, "Housing H-200", null, "B2405", 12,
                    "cracked housing", null, Urgency.HIGH, received, reasons), category, customer, "li", received);
            complaint.planDeadlines("CN", received.plusSeconds(48 * HOUR), received.plusSeconds(72 * HOUR), "li", received);
            session.persist(complaint);
            session.flush();
            id[0] = complaint.getId();
        });
        return id[0];
    }

    private static void change(long id, Consumer<Complaint> step) {
        sessions.inTransaction(session -> step.accept(session.find(Complaint.class, id)));
    }

    private static AppUser user(long id) {
        return sessions.fromSession(session -> session.find(AppUser.class, id));
    }

    private static Department department(long id) {
        return sessions.fromSession(session -> session.find(Department.class, id));
    }

    private static void assertSummaryIsTheRebuiltOne() {
        sessions.inSession(session -> {
            var transaction = session.beginTransaction();
            Map<String, List<Long>> kept = rows(session, "kpi_month", 4);
            Map<String, List<Long>> keptCustomers = rows(session, "kpi_month_customer", 2);
            session.doWork(connection -> KpiSummaryStore.rebuild(connection, ZONE));
            Map<String, List<Long>> rebuilt = rows(session, "kpi_month", 4);
            Map<String, List<Long>> rebuiltCustomers = rows(session, "kpi_month_customer", 2);
            transaction.rollback();
            assertThat(kept).isNotEmpty().isEqualTo(rebuilt);
            assertThat(keptCustomers).isEqualTo(rebuiltCustomers);
        });
    }

    private static void assertCountsFromSummaryAreTheRecount() {
        KpiScope spring = new KpiScope(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), null, null, null);
        List<Instant> months = new ArrayList<>();
        for (LocalDate m : spring.months()) {
            months.add(ReceivedPeriod.from(m, ZONE));
        }
        months.add(ReceivedPeriod.from(LocalDate.of(2025, 7, 1), ZONE));
        for (Long department : new Long[]{null, production, sales}) {
            KpiScope scope = new KpiScope(spring.from(), spring.to(), department, null, null);
            List<KpiCounts> summary = query(q -> q.countsByMonth(scope.filter(ZONE), months, NOW));
            List<KpiCounts> recount = query(q -> q.countsByPeriod(scope.filter(ZONE), scope.monthBounds(ZONE), NOW));
            assertThat(summary).as("department " + department).isEqualTo(recount);
        }
        KpiReports reports = reports();
        assertThat(reports.monthly(spring, ZONE, NOW, false)).isEqualTo(reports.monthly(spring, ZONE, NOW, true));
        assertThat(reports.matrix(spring, ZONE, NOW, false)).isEqualTo(reports.matrix(spring, ZONE, NOW, true));
        assertThat(reports.topCustomers(spring, ZONE, NOW, 10, false)).isEqualTo(reports.topCustomers(spring, ZONE, NOW, 10, true));
    }

    /** Non-zero rows by key (a group emptied by a later write stays as zeros, which counts nothing). */
    private static Map<String, List<Long>> rows(Session session, String table, int keys) {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (Object row : session.createNativeQuery("select * from " + table + " order by 1, 2" + (keys > 2 ? ", 3, 4" : ""), Object[].class).getResultList()) {
            Object[] r = (Object[]) row;
            List<Long> values = new ArrayList<>();
            for (int i = keys; i < r.length; i++) {
                values.add(((Number) r[i]).longValue());
            }
            if (values.stream().anyMatch(v -> v != 0)) {
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < keys; i++) {
                    key.append(r[i]).append('|');
                }
                rows.put(key.toString(), values);
            }
        }
        return rows;
    }

    private static long complaintsCounted() {
        KpiScope spring = new KpiScope(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), null, null, null);
        return query(q -> q.countsByPeriod(spring.filter(ZONE), spring.monthBounds(ZONE), NOW)).stream().mapToLong(KpiCounts::complaints).sum();
    }

    private static KpiReports reports() {
        KpiReports reports = new KpiReports() {
            @Override
            List<KpiCounts> monthly(KpiScope scope, ZoneId zone, Instant now, boolean recount) {
                return sessions.fromSession(session -> {
                    bind(this, session);
                    return super.monthly(scope, zone, now, recount);
                });
            }

            @Override
            public List<org.vocdesk.kpi.entity.MatrixRow> matrix(KpiScope scope, ZoneId zone, Instant now, boolean recount) {
                return sessions.fromSession(session -> {
                    bind(this, session);
                    return super.matrix(scope, zone, now, recount);
                });
            }

            @Override
            public List<org.vocdesk.kpi.entity.Bar> topCustomers(KpiScope scope, ZoneId zone, Instant now, int limit, boolean recount) {
                return sessions.fromSession(session -> {
                    bind(this, session);
                    return super.topCustomers(scope, zone, now, limit, recount);
                });
            }
        };
        return reports;
    }

    private static void bind(KpiReports reports, Session session) {
        KpiQueries queries = new KpiQueries();
        queries.em = session;
        queries.ledger = org.vocdesk.complaint.control.TestLedgers.seeingAll(session);
        reports.em = session;
        reports.callers = org.vocdesk.complaint.control.TestLedgers.callers(org.vocdesk.complaint.control.Visibility.everything());
        reports.queries = queries;
    }

    private static <T> T query(Function<KpiQueries, T> call) {
        return sessions.fromSession(session -> {
            KpiQueries queries = new KpiQueries();
            queries.em = session;
            queries.ledger = org.vocdesk.complaint.control.TestLedgers.seeingAll(session);
            return call.apply(queries);
        });
    }
}
