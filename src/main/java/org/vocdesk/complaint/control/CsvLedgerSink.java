package org.vocdesk.complaint.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as the local
 * ANSI code page), RFC 4180 quoting, CRLF line ends. Cells that Excel would run as a formula (starting
 * with =, +, -, @, tab or CR) get a leading apostrophe: a customer's words must never become a formula.
 */
public class CsvLedgerSink implements LedgerSink {

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    public CsvLedgerSink(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    @Override
    public void header(List<String> titles) throws IOException {
        printer.printRecord(titles);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        String text = cell.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
