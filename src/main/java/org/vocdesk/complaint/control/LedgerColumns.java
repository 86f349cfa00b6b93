package org.vocdesk.complaint.control;

import org.vocdesk.platform.control.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of an exported ledger (顾客抱怨台帐), in the order of the paper form, with headers and enum
 * values in the reader's language. Values are Strings, LocalDateTimes (company zone) or null, so the CSV
 * and the XLSX writer show the same thing.
 */
public final class LedgerColumns {

    /** What a cell needs besides the row: the reader's language, the company's zone and the current time. */
    public record Context(Locale locale, ZoneId zone, Instant now) {

        String label(String key) {
            return Messages.get(locale, key);
        }

        LocalDateTime local(Instant instant) {
            return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
        }

        String yesNo(boolean value) {
            return label(value ? "platform.common.yes" : "platform.common.no");
        }
    }

    private record Column(String headerKey, Function<Context, Function<LedgerRow, Object>> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("complaint.field.number", c -> LedgerRow::number),
            new Column("complaint.field.receivedAt", c -> r -> c.local(r.receivedAt())),
            new Column("complaint.field.customer", c -> r -> r.anonymous() ? c.label("complaint.detail.anonymous") : r.customerDisplay()),
            new Column("complaint.field.channel", c -> r -> c.label("complaint.channel." + r.channel())),
            new Column("complaint.field.type", c -> r -> c.label("complaint.type." + r.type())),
            new Column("complaint.field.content", c -> LedgerRow::summary),
            new Column("complaint.field.category", c -> r -> r.category(c.locale())),
            new Column("complaint.field.level", c -> r -> c.label("complaint.urgency." + r.effectivePriority())),
            new Column("complaint.field.status", c -> r -> c.label("complaint.status." + r.status())),
            new Column("complaint.field.department", c -> LedgerRow::departmentName),
            new Column("complaint.field.handler", c -> LedgerRow::handlerName),
            new Column("complaint.field.firstReplyDue", c -> r -> c.local(r.firstReplyDue())),
            new Column("complaint.field.firstRepliedAt", c -> r -> c.local(r.firstRepliedAt())),
            new Column("complaint.field.responseDue", c -> r -> c.local(r.responseDue())),
            new Column("complaint.field.closedAt", c -> r -> c.local(r.closedAt())),
            new Column("complaint.field.overdue", c -> r -> c.yesNo(r.isOverdue(c.now()))),
            new Column("complaint.field.major", c -> r -> c.yesNo(r.major())),
            new Column("complaint.field.repeat", c -> r -> c.yesNo(r.repeat())));

    private LedgerColumns() {
    }

    public static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(column -> Messages.get(locale, column.headerKey())).toList();
    }

    /** One row's cells, in the order of {@link #headers(Locale)}; null cells stay empty. */
    public static List<Object> values(LedgerRow row, Context context) {
        return COLUMNS.stream().map(column -> column.value().apply(context).apply(row)).toList();
    }
}
