package org.vocdesk.complaint.web;

import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.ComplaintStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerQueryTest {

    @Test
    void leavesOutEmptyValuesAndEncodesTheRest() {
        String query = new LedgerQuery().add("receivedFrom", LocalDate.of(2026, 11, 1)).add("customerId", null)
                .add("status", ComplaintStatus.TRIAGED).add("overdue", Boolean.TRUE).add("q", " 外壳 & 裂 ").add("major", " ")
                .toString();
        assertThat(query).isEqualTo("receivedFrom=2026-11-01&status=TRIAGED&overdue=true&q=%E5%A4%96%E5%A3%B3%20%26%20%E8%A3%82");
    }

    @Test
    void nothingGivesAnEmptyQuery() {
        assertThat(new LedgerQuery().add("q", null).toString()).isEmpty();
    }

    @Test
    void tableColumnsMapToTheLedgerSortNames() {
        assertThat(LedgerLazyModel.sortName("customerName")).isEqualTo("customer");
        assertThat(LedgerLazyModel.sortName("categoryEn")).isEqualTo("category");
        assertThat(LedgerLazyModel.sortName("number")).isEqualTo("number");
        assertThat(LedgerLazyModel.sortName(null)).isEqualTo("receivedAt");
    }
}
