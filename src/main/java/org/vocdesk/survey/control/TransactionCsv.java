package org.vocdesk.survey.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.survey.entity.TransactionLine;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an order export: UTF-8 CSV with the columns customer code, order number, order date (yyyy-MM-dd) and
 * an optional quantity; comma or semicolon separated, with or without a header row (English or Chinese).
 * The first bad row refuses the whole file, naming the row as a text editor numbers it.
 */
public final class TransactionCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    private static final Set<String> HEADER_FIRST = Set.of("customer", "customer code", "code", "客户", "客户编码", "编码");

    private TransactionCsv() {
    }

    public static List<TransactionLine> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalidField("file", "survey.transaction.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalidField("file", "survey.transaction.fileTooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = firstLine(text).indexOf(';') >= 0 && firstLine(text).indexOf(',') < 0 ? ';' : ',';
        List<TransactionLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            LineCounter counter = new LineCounter(text);
            for (CSVRecord record : parser) {
                int row = counter.lineAt(record.getCharacterPosition());
                if (lines.isEmpty() && record.getRecordNumber() == 1 && HEADER_FIRST.contains(record.get(0).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw BusinessException.invalidField("file", "survey.transaction.tooManyRows", MAX_ROWS);
                }
                lines.add(line(record, row));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw BusinessException.invalidField("file", "survey.transaction.fileUnreadable");
        }
        if (lines.isEmpty()) {
            throw BusinessException.invalidField("file", "survey.transaction.fileEmpty");
        }
        return lines;
    }

    private static TransactionLine line(CSVRecord record, int row) {
        if (record.size() < 3 || record.size() > 4) {
            throw BusinessException.invalid("survey.transaction.columns.row", row);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get(2).replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("survey.transaction.dateInvalid.row", row);
        }
        BigDecimal quantity = null;
        if (record.size() == 4 && !record.get(3).isBlank()) {
            try {
                quantity = new BigDecimal(record.get(3).replace(",", ""));
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("survey.transaction.quantityInvalid.row", row);
            }
        }
        return new TransactionLine(record.get(0), record.get(1), date, quantity);
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw BusinessException.invalidField("file", "survey.transaction.notUtf8");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Line numbers of increasing positions, counting each newline once. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            while (position < text.length() && (position < target || text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                if (text.charAt(position++) == '\n') {
                    line++; // skipped empty lines belong to no record: the row is where its text starts
                }
            }
            return line;
        }
    }
}
