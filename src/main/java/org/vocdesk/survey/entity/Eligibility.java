package org.vocdesk.survey.entity;

/**
 * Who is surveyed: active customers with at least the campaign's minimum of transactions. The transactions are
 * the customer file's transaction count (orders with the company, kept by the customer import and form);
 * complaints are not transactions.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static boolean eligible(boolean active, int transactions, int minTransactions) {
        return active && transactions >= minTransactions;
    }

    /** Share of a whole in percent with one decimal; 0 when the whole is empty. */
    public static double percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
