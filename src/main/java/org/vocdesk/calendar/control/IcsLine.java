package org.vocdesk.calendar.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One logical iCalendar content line, "NAME;PARAM=X:value", after unfolding (a physical line starting
 * with a space or tab continues the previous one). Keeps the physical line number where it started, so
 * errors can point into the file.
 */
record IcsLine(int number, String name, String parameters, String value) {

    static List<IcsLine> unfold(String text) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<IcsLine> lines = new ArrayList<>();
        StringBuilder current = null;
        int startedAt = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(line, 1, line.length());
                continue;
            }
            if (current != null) {
                lines.add(of(startedAt, current.toString()));
            }
            current = line.isBlank() ? null : new StringBuilder(line);
            startedAt = i + 1;
        }
        if (current != null) {
            lines.add(of(startedAt, current.toString()));
        }
        return lines;
    }

    private static IcsLine of(int number, String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw IcsDays.error(number, "calendar.ics.badLine", abbreviate(line));
        }
        String head = line.substring(0, colon);
        int semicolon = head.indexOf(';');
        String name = (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
        String parameters = semicolon < 0 ? "" : head.substring(semicolon + 1).toUpperCase(Locale.ROOT);
        return new IcsLine(number, name, parameters, line.substring(colon + 1));
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    boolean is(String name, String value) {
        return this.name.equals(name) && this.value.strip().equalsIgnoreCase(value);
    }

    /** TEXT values escape \\ \; \, and \n (RFC 5545 3.3.11). */
    String unescapedValue() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
