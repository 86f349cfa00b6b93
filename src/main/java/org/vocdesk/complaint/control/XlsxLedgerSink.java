package org.vocdesk.complaint.control;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The ledger as an Excel workbook, streamed: rows are flushed to the output every few hundred lines and
 * texts are written inline (no shared-string table), so memory stays flat however long the ledger is.
 * Dates are real Excel dates, so the reader can sort and filter them.
 */
public class XlsxLedgerSink implements LedgerSink {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;

    public XlsxLedgerSink(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "VoC Desk", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> titles) {
        for (int column = 0; column < titles.size(); column++) {
            sheet.inlineString(next, column, titles.get(column));
            sheet.style(next, column).bold().set();
            sheet.width(column, column == 5 ? 60 : 18);
        }
        sheet.freezePane(0, 1);
        next++;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof LocalDateTime time) {
                sheet.value(next, column, time);
                sheet.style(next, column).format("yyyy-mm-dd hh:mm").set();
            } else if (cell != null) {
                sheet.inlineString(next, column, cell.toString());
            }
        }
        next++;
        if (next % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
