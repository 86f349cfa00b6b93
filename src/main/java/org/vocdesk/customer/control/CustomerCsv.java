package org.vocdesk.customer.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.customer.entity.FieldProblem;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a customer CSV file (UTF-8, with or without BOM, a header row in English or Chinese) and checks
 * every row, without touching the database. Rows are numbered by the physical line they start on, as a
 * text editor shows it, so a quoted field spanning lines does not shift the numbers of later rows.
 */
public final class CustomerCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    /** The columns, each with its English and Chinese header name; the field name matches CustomerData. */
    public enum Column {
        CODE("code", "编码", "code"), NAME("name", "名称", "name"), ADDRESS("address", "地址", "address"),
        PHONE("phone", "电话", "phone"), CONTACT("contact", "联系人", "contactPerson"), EMAIL("email", "邮箱", "email"),
        TRANSACTIONS("transactions", "交易次数", "transactionCount"), NOTES("notes", "备注", "notes");

        final String english;
        final String chinese;
        final String field;

        Column(String english, String chinese, String field) {
            this.english = english;
            this.chinese = chinese;
            this.field = field;
        }

        static Column byHeader(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.english.equals(h) || c.chinese.equals(h)).findFirst().orElse(null);
        }
    }

    public record Row(int line, CustomerData data) {
    }

    public record RowError(int line, String code, List<FieldProblem> problems) {
    }

    /** The rows that passed, the rows that did not, or a problem with the whole file (then nothing else). */
    public record Result(List<Row> rows, List<RowError> errors, FieldProblem fileProblem) {

        static Result refused(String key, Object... arguments) {
            return new Result(List.of(), List.of(), FieldProblem.of("file", key, arguments));
        }

        /** All-or-nothing: only a file without any bad row may be stored. */
        public boolean acceptable() {
            return fileProblem == null && errors.isEmpty();
        }
    }

    private CustomerCsv() {
    }

    public static Result read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return Result.refused("customer.csv.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Result.refused("customer.csv.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            return read(parser, new Lines(text));
        } catch (IOException | UncheckedIOException e) {
            return Result.refused("customer.csv.malformed");
        }
    }

    private static Result read(CSVParser parser, Lines lines) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            return Result.refused("customer.csv.empty");
        }
        CSVRecord header = records.next();
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Column column = Column.byHeader(name);
            if (column == null) {
                if (!name.isBlank()) {
                    unknown.add(name.strip());
                }
            } else if (index.putIfAbsent(column, i) != null) {
                return Result.refused("customer.csv.duplicateColumn", name.strip());
            }
        }
        if (!unknown.isEmpty()) {
            return Result.refused("customer.csv.unknownColumns", String.join(", ", unknown), columnList());
        }
        if (index.size() < Column.values().length) {
            String missing = Arrays.stream(Column.values()).filter(c -> !index.containsKey(c))
                    .map(c -> c.english + "/" + c.chinese).collect(Collectors.joining(", "));
            return Result.refused("customer.csv.missingColumns", missing);
        }
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        int count = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.stream().allMatch(String::isBlank)) {
                continue; // spreadsheets export empty rows as ",,,,,,,"
            }
            if (++count > MAX_ROWS) {
                return Result.refused("customer.csv.tooManyRows", MAX_ROWS);
            }
            int line = lines.lineOf(record.getCharacterPosition());
            check(record, header.size(), index, line, firstLineOfCode, rows, errors);
        }
        if (count == 0) {
            return Result.refused("customer.csv.noRows");
        }
        return new Result(rows, errors, null);
    }

    private static void check(CSVRecord record, int expectedSize, Map<Column, Integer> index, int line,
                              Map<String, Integer> firstLineOfCode, List<Row> rows, List<RowError> errors) {
        if (record.size() != expectedSize) {
            String code = record.size() > index.get(Column.CODE) ? record.get(index.get(Column.CODE)).strip() : "";
            errors.add(new RowError(line, code, List.of(FieldProblem.of("row", "customer.csv.fieldCount", record.size(), expectedSize))));
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer transactions = 0;
        String rawTransactions = record.get(index.get(Column.TRANSACTIONS)).strip();
        if (!rawTransactions.isEmpty()) {
            try {
                transactions = Integer.valueOf(rawTransactions);
            } catch (NumberFormatException e) {
                transactions = 0;
                problems.add(FieldProblem.of("transactionCount", "customer.error.transactionsNotNumber", rawTransactions));
            }
        }
        CustomerData data = new CustomerData(value(record, index, Column.CODE), value(record, index, Column.NAME),
                value(record, index, Column.ADDRESS), value(record, index, Column.PHONE), value(record, index, Column.CONTACT),
                value(record, index, Column.EMAIL), transactions, value(record, index, Column.NOTES)).normalized();
        problems.addAll(data.problems());
        if (data.code() != null) {
            Integer earlier = firstLineOfCode.putIfAbsent(data.code(), line);
            if (earlier != null) {
                problems.add(FieldProblem.of("code", "customer.csv.duplicateCode", data.code(), earlier));
            }
        }
        if (problems.isEmpty()) {
            rows.add(new Row(line, data));
        } else {
            errors.add(new RowError(line, data.code() == null ? "" : data.code(), problems));
        }
    }

    private static String value(CSVRecord record, Map<Column, Integer> index, Column column) {
        return record.get(index.get(column));
    }

    static String columnList() {
        return Arrays.stream(Column.values()).map(c -> c.english).collect(Collectors.joining(","));
    }

    /** Maps a character position to its 1-based line number (\n, \r\n and a lone \r end a line, as in Commons CSV). */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A record after skipped empty lines reports the position of the first of them: step over them. */
        int lineOf(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            int found = Arrays.binarySearch(starts, p);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
