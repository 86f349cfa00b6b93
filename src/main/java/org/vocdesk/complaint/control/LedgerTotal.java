package org.vocdesk.complaint.control;

/**
 * How many ledger rows match a filter: {@code count} is exact when {@code exact}, else a lower bound (the
 * counting stopped there; show it as "10,000+").
 */
public record LedgerTotal(long count, boolean exact) {
}
