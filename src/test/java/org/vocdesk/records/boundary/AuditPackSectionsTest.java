package org.vocdesk.records.boundary;

import org.junit.jupiter.api.Test;
import org.vocdesk.report.control.AuditPackFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two audit pack sections put one PDF per 8D report opened in the period and per campaign overlapping it,
 * under their folders, in the pack's language. The reports themselves are rendered by RecordReports (its ITs);
 * here a stand-in answers the period queries and returns marked bytes.
 */
class AuditPackSectionsTest {

    static final class Reports extends RecordReports {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Long> capaComplaintsOpened(LocalDate from, LocalDate to) {
            asked.add("capa " + from + " " + to);
            return List.of(11L, 12L);
        }

        @Override
        public List<Long> campaignsOverlapping(LocalDate from, LocalDate to) {
            asked.add("campaigns " + from + " " + to);
            return List.of(3L);
        }

        @Override
        public RecordFile capa(long complaintId, Locale language) {
            return new RecordFile("8D-CF" + complaintId + "-" + language.getLanguage() + ".pdf", ("%PDF capa " + complaintId).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public RecordFile satisfaction(long campaignId, Locale language) {
            return new RecordFile("satisfaction-" + campaignId + "-2026-" + language.getLanguage() + ".pdf",
                    ("%PDF survey " + campaignId).getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class Pack implements AuditPackFiles {
        final Map<String, String> files = new LinkedHashMap<>();

        @Override
        public void add(String path, Content content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            files.put(path, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyReportOfThePeriodUnderItsFolder() throws IOException {
        Reports reports = new Reports();
        CapaAuditPackSection capa = new CapaAuditPackSection();
        capa.reports = reports;
        SatisfactionAuditPackSection satisfaction = new SatisfactionAuditPackSection();
        satisfaction.reports = reports;
        Pack pack = new Pack();
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        capa.addTo(pack, from, to, Locale.CHINA);
        satisfaction.addTo(pack, from, to, Locale.CHINA);

        assertThat(reports.asked).containsExactly("capa 2026-01-01 2026-12-31", "campaigns 2026-01-01 2026-12-31");
        assertThat(pack.files).containsExactly(Map.entry("capa/8D-CF11-zh.pdf", "%PDF capa 11"), Map.entry("capa/8D-CF12-zh.pdf", "%PDF capa 12"),
                Map.entry("satisfaction/satisfaction-3-2026-zh.pdf", "%PDF survey 3"));
    }
}
