package org.vocdesk.survey.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.survey.control.EligibleCustomers;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Eligibility counts the transactions dated within the campaign's period, on the migrated H2 schema. */
class EligibleCustomersTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrate() {
        sessions = MigratedSchema.sessions("survey-eligible", CustomerTransaction.class, Customer.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void onlyTransactionsWithinThePeriodCountBothEndsIncluded() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = SurveyCampaign.periodEnd(PeriodKind.ANNUAL, from);
        assertThat(to).isEqualTo(LocalDate.of(2025, 12, 31));
        sessions.inTransaction(s -> {
            // all-time counts say nothing: only dated transactions count
            long inPeriod = customer(s, "IN", 0, now);
            long mostlyBefore = customer(s, "BEFORE", 50, now);
            long inactive = customer(s, "OFF", 0, now);
            orders(s, inPeriod, now, from, from.plusMonths(6), to);                               // 3 within, ends included
            orders(s, mostlyBefore, now, from.minusDays(1), from.minusMonths(2), to.plusDays(1), from.plusDays(3)); // 1 within
            orders(s, inactive, now, from, from.plusDays(1), from.plusDays(2));
            s.find(Customer.class, inactive).deactivate(now);
        });
        sessions.inTransaction(s -> {
            assertThat(EligibleCustomers.list(s, from, to, 3)).extracting(Customer::getCode).containsExactly("IN");
            assertThat(EligibleCustomers.count(s, from, to, 1)).isEqualTo(2);
            assertThat(EligibleCustomers.count(s, from, to, 0)).as("minimum 0: every active customer").isEqualTo(2);
            LocalDate q1End = SurveyCampaign.periodEnd(PeriodKind.QUARTERLY, from);
            assertThat(q1End).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(EligibleCustomers.count(s, from, q1End, 2)).as("a quarter: one order of IN, one of BEFORE").isZero();
        });
    }

    private static long customer(org.hibernate.Session s, String code, int allTime, Instant now) {
        Customer c = new Customer(new CustomerData(code, "客户 " + code, null, null, null, null, allTime, null), now);
        s.persist(c);
        s.flush();
        return c.getId();
    }

    private static void orders(org.hibernate.Session s, long customerId, Instant now, LocalDate... dates) {
        for (int i = 0; i < dates.length; i++) {
            s.persist(new CustomerTransaction(customerId, new TransactionLine("X", "SO-" + customerId + "-" + i, dates[i], null),
                    TransactionSource.IMPORT, "test", now));
        }
    }
}
