package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.platform.control.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerColumnsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T01:30:00Z");

    private static LedgerRow row(ComplaintStatus status, Urgency priority, String customer, boolean anonymous) {
        return new LedgerRow(7L, "CF2026110007", RECEIVED, "C001", customer, "王先生", anonymous, Channel.PHONE,
                FeedbackType.COMPLAINT, "外壳开裂", "Product quality", "产品质量", priority, Urgency.LOW, status,
                "质量部", "李工", RECEIVED.plusSeconds(3600), null, RECEIVED.plusSeconds(7200), null, true, false);
    }

    @Test
    void headersFollowTheLanguage() {
        List<String> en = LedgerColumns.headers(Messages.ENGLISH);
        List<String> zh = LedgerColumns.headers(Messages.CHINESE);
        assertThat(en).hasSize(zh.size()).startsWith("Number", "Received");
        assertThat(zh.get(0)).isNotEqualTo("Number").doesNotStartWith("complaint.");
        assertThat(en).noneMatch(h -> h.startsWith("complaint."));
        assertThat(zh).noneMatch(h -> h.startsWith("complaint."));
    }

    @Test
    void mapsARowToTranslatedCellsInTheCompanyZone() {
        Instant now = RECEIVED.plusSeconds(10_000); // after both deadlines: overdue
        List<Object> zh = LedgerColumns.values(row(ComplaintStatus.TRIAGED, Urgency.HIGH, "上海某某", false),
                new LedgerColumns.Context(Messages.CHINESE, SHANGHAI, now));
        List<String> headers = LedgerColumns.headers(Messages.CHINESE);
        assertThat(zh).hasSize(headers.size());
        assertThat(zh.get(0)).isEqualTo("CF2026110007");
        assertThat(zh.get(1)).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 30));
        assertThat(zh.get(2)).isEqualTo("上海某某");
        assertThat(zh.get(3)).isEqualTo(Messages.get(Locale.SIMPLIFIED_CHINESE, "complaint.channel.PHONE"));
        assertThat(zh).contains("外壳开裂", "产品质量", "质量部", "李工",
                Messages.get(Messages.CHINESE, "complaint.urgency.HIGH"),
                Messages.get(Messages.CHINESE, "complaint.status.TRIAGED"));
        assertThat(zh.get(headers.indexOf(Messages.get(Messages.CHINESE, "complaint.field.overdue"))))
                .isEqualTo(Messages.get(Messages.CHINESE, "platform.common.yes"));
        assertThat(zh.get(headers.indexOf(Messages.get(Messages.CHINESE, "complaint.field.closedAt")))).isNull();
    }

    @Test
    void untriagedShowsTheInitialUrgencyAndAnonymousHidesTheContact() {
        List<Object> en = LedgerColumns.values(row(ComplaintStatus.RECEIVED, null, null, true),
                new LedgerColumns.Context(Messages.ENGLISH, SHANGHAI, RECEIVED));
        assertThat(en).contains("Low", "Anonymous", "Received", "Product quality").doesNotContain("王先生");
        assertThat(en.get(LedgerColumns.headers(Messages.ENGLISH).indexOf("Overdue"))).isEqualTo("No");
    }
}
