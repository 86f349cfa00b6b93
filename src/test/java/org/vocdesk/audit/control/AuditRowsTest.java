package org.vocdesk.audit.control;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical text of a stored date-time must stay what the sealed revisions were hashed with, in every JVM
 * zone: the wall-clock value as stored, also when that value does not exist or exists twice in the JVM's zone.
 */
class AuditRowsTest {

    private final TimeZone original = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Pacific/Chatham"})
    void aStoredDateTimeReadsAsStoredWhateverTheJvmZone(String zone) throws SQLException {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:auditrows;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS stamp (at TIMESTAMP(6))");
            statement.execute("DELETE FROM stamp");
            // 02:30 on these days does not exist in New York (spring) and exists twice in Berlin (autumn)
            statement.execute("INSERT INTO stamp VALUES (TIMESTAMP '2026-03-08 02:30:00.123456'),"
                    + " (TIMESTAMP '2026-10-25 02:30:00'), (TIMESTAMP '2025-01-28 23:59:59.999999'), (NULL)");
            try (ResultSet rows = statement.executeQuery("SELECT at FROM stamp ORDER BY at NULLS LAST")) {
                assertThat(texts(rows)).containsExactly("2025-01-28T23:59:59.999999", "2026-03-08T02:30:00.123456",
                        "2026-10-25T02:30", null);
            }
            try (ResultSet rows = statement.executeQuery("SELECT at FROM stamp WHERE at IS NOT NULL ORDER BY at")) {
                while (rows.next()) {
                    assertThat(AuditRows.text(rows, 1, Types.TIMESTAMP))
                            .isEqualTo(rows.getObject(1, LocalDateTime.class).toString());
                }
            }
        }
    }

    private static List<String> texts(ResultSet rows) throws SQLException {
        List<String> texts = new ArrayList<>();
        while (rows.next()) {
            texts.add(AuditRows.text(rows, 1, Types.TIMESTAMP));
        }
        return texts;
    }
}
