package org.vocdesk.survey.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.survey.entity.TransactionLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionCsvTest {

    @Test
    void readsAnExportWithAChineseHeaderAndSemicolons() {
        var lines = TransactionCsv.parse(("\uFEFF客户编码;订单号;订单日期;数量\nc001;SO-1;2026-03-01;12.5\nC002;SO-2;2026/04/02;\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly(new TransactionLine("c001", "SO-1", LocalDate.of(2026, 3, 1), new BigDecimal("12.5")),
                new TransactionLine("C002", "SO-2", LocalDate.of(2026, 4, 2), null));
    }

    @Test
    void withoutHeaderEveryRowCounts() {
        assertThat(TransactionCsv.parse("C1,SO-1,2026-01-05\nC1,SO-2,2026-02-05\n".getBytes(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void aBadRowIsNamedByItsLine() {
        assertThatThrownBy(() -> TransactionCsv.parse("customer,order,date\nC1,SO-1,2026-01-05\n\nC1,SO-2,5 Jan\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).key(), e -> ((BusinessException) e).arguments()[0])
                .containsExactly("survey.transaction.dateInvalid.row", 4);
        assertThatThrownBy(() -> TransactionCsv.parse("C1,SO-1\n".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.columns.row");
    }

    @Test
    void emptyAndNonUtf8FilesAreRefused() {
        assertThatThrownBy(() -> TransactionCsv.parse(new byte[0])).hasFieldOrPropertyWithValue("key", "survey.transaction.fileEmpty");
        assertThatThrownBy(() -> TransactionCsv.parse("客户编码,订单号,订单日期\n".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.fileEmpty");
        assertThatThrownBy(() -> TransactionCsv.parse("C1,SO-1,2026-01-05,\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.notUtf8");
    }

    @Test
    void linesAreCheckedForWhatCannotBeCounted() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(new TransactionLine(" c1 ", " SO-1 ", today, null).checked(1, today))
                .isEqualTo(new TransactionLine("C1", "SO-1", today, null));
        assertThatThrownBy(() -> new TransactionLine("C1", "SO-1", today.plusDays(2), null).checked(3, today))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.dateInvalid.row");
        assertThatThrownBy(() -> new TransactionLine("C1", "SO-1", today, new BigDecimal("-1")).checked(0, today))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.quantityInvalid");
        assertThatThrownBy(() -> new TransactionLine("C1", "x".repeat(61), today, null).checked(0, today))
                .hasFieldOrPropertyWithValue("key", "survey.transaction.referenceInvalid");
    }
}
