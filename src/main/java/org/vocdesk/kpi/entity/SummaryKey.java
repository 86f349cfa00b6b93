package org.vocdesk.kpi.entity;

import java.time.Instant;

/**
 * The group of a complaint in the monthly summary: the start of its month of receipt in the company's zone, its
 * responsible department (0: none yet), category, triaged priority ("NONE": not triaged), customer (0: none).
 * Stored without nulls so that the key is a primary key on both databases.
 */
public record SummaryKey(Instant month, long departmentId, long categoryId, String priority, long customerId) {

    public static final String NO_PRIORITY = "NONE";
}
