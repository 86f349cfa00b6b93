package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLedgerSinkTest {

    private static String write(List<String> header, List<Object>... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvLedgerSink sink = new CsvLedgerSink(out)) {
            sink.header(header);
            for (List<Object> row : rows) {
                sink.row(row);
            }
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithUtf8ByteOrderMarkAndKeepsChinese() throws Exception {
        String csv = write(List.of("编号", "顾客"), List.of("CF2026110001", "上海某某汽车零部件有限公司"));
        assertThat(csv).isEqualTo("编号,顾客\r\nCF2026110001,上海某某汽车零部件有限公司\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws Exception {
        String csv = write(List.of("a"), List.of("one, two"), List.of("he said \"no\""), List.of("line1\nline2"));
        assertThat(csv).isEqualTo("a\r\n\"one, two\"\r\n\"he said \"\"no\"\"\"\r\n\"line1\nline2\"\r\n");
    }

    @Test
    void emptyCellsForNullAndDatesInMinutes() throws Exception {
        String csv = write(List.of("a", "b", "c", "d"), Arrays.asList("x", LocalDateTime.of(2026, 11, 2, 9, 5, 33), null, "y"));
        assertThat(csv).endsWith("\r\nx,2026-11-02 09:05,,y\r\n");
    }

    @Test
    void formulasAreDefused() {
        assertThat(CsvLedgerSink.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvLedgerSink.text("+1")).isEqualTo("'+1");
        assertThat(CsvLedgerSink.text("-1")).isEqualTo("'-1");
        assertThat(CsvLedgerSink.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvLedgerSink.text("2 = 2")).isEqualTo("2 = 2");
        assertThat(CsvLedgerSink.text("")).isEmpty();
    }
}
