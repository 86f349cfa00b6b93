package org.vocdesk.audit.control;

import org.vocdesk.audit.entity.AuditRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A revision's own fields (who, when, from where) as the row the chain hashes first. */
final class RevisionHeaders {

    static final String COLUMNS = "id, revised_at, username, channel, client_address";

    private RevisionHeaders() {
    }

    static AuditRow of(ResultSet revision) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("revised_at", Long.toString(revision.getLong("revised_at")));
        fields.put("username", revision.getString("username"));
        fields.put("channel", revision.getString("channel"));
        fields.put("client_address", revision.getString("client_address"));
        return new AuditRow(AuditRow.REVISION, Long.toString(revision.getLong("id")), fields);
    }
}
