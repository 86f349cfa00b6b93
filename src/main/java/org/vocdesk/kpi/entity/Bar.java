package org.vocdesk.kpi.entity;

/** One bar of a breakdown (a customer, a department): its id (null: none, e.g. not assigned), label and count. */
public record Bar(Long id, String label, long count) {
}
