package org.vocdesk.audit.control;

import java.util.List;

/**
 * An audit table found in the database: its name as the database spells it, the record type it belongs to
 * (the business table, lower case) and the columns that identify a record in it (its key without rev/revtype).
 */
public record AuditTable(String sqlName, String recordType, List<String> keyColumns) {
}
