package org.vocdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * src/test/resources/authorisation-matrix.csv: one row per page, REST operation and download, one column per
 * role (and anonymous), Y allowed, N refused. Blank lines and lines starting with # are comments.
 */
public record AuthorisationMatrix(List<Row> rows) {

    /** The columns after kind, method, path, in the file's order. */
    public static final List<String> CALLERS = List.of("anonymous", "CLERK", "HANDLER", "DEPARTMENT_MANAGER", "QUALITY_MANAGER",
            "GENERAL_MANAGER", "AUDITOR", "ADMINISTRATOR");

    public enum Kind { PAGE, REST, DOWNLOAD }

    public record Row(int line, Kind kind, String method, String path, Map<String, Boolean> allowed) {

        /** The path without its query string. */
        public String target() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        public String key() {
            return method + " " + target();
        }

        @Override
        public String toString() {
            return "line " + line + ": " + kind + " " + method + " " + path;
        }
    }

    public static AuthorisationMatrix load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
            if (cells.length != 3 + CALLERS.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + (3 + CALLERS.size()) + " cells: " + line);
            }
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int c = 0; c < CALLERS.size(); c++) {
                String cell = cells[3 + c];
                if (!cell.equals("Y") && !cell.equals("N")) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": Y or N expected, not " + cell);
                }
                allowed.put(CALLERS.get(c), cell.equals("Y"));
            }
            rows.add(new Row(i + 1, Kind.valueOf(cells[0].toUpperCase()), cells[1].toUpperCase(), cells[2], allowed));
        }
        return new AuthorisationMatrix(List.copyOf(rows));
    }

    public List<Row> of(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return rows.stream().filter(r -> wanted.contains(r.kind())).toList();
    }
}
