package org.vocdesk.capa.web;

import org.vocdesk.capa.entity.DocumentType;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The 8D page edits lists as text, one entry per line with fields separated by "|" (team: "* name | function",
 * the star marking the leader; suspect stock: "location | quantity | checked | defective"; documents:
 * "FMEA | PFMEA-H200 | C"). Typing is faster than clicking rows, and the text round-trips.
 */
final class LineInput {

    private LineInput() {
    }

    static List<TeamMember> team(String text) {
        return lines(text).stream().map(line -> {
            boolean leader = line.startsWith("*");
            String[] f = fields(leader ? line.substring(1) : line, 2);
            return new TeamMember(f[0], f[1], leader);
        }).toList();
    }

    static String team(List<TeamMember> team) {
        return team.stream().map(m -> (m.isLeader() ? "* " : "") + m.getName() + " | " + m.getTeamRole()).collect(Collectors.joining("\n"));
    }

    static List<SuspectStock> stock(String text) {
        return lines(text).stream().map(line -> {
            String[] f = fields(line, 4);
            return new SuspectStock(f[0], number(f[1], f[0]), optional(f[2], f[0]), optional(f[3], f[0]));
        }).toList();
    }

    static String stock(List<SuspectStock> stock) {
        return stock.stream().map(s -> s.getLocation() + " | " + s.getQuantity() + " | " + blankIfNull(s.getChecked()) + " | "
                + blankIfNull(s.getDefective())).collect(Collectors.joining("\n"));
    }

    static List<DocumentUpdate> documents(String text) {
        return lines(text).stream().map(line -> {
            String[] f = fields(line, 3);
            try {
                return new DocumentUpdate(DocumentType.valueOf(f[0].toUpperCase(Locale.ROOT).replace(' ', '_')), f[1], f[2]);
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalidField("documents", "capa.input.documentType", f[0]);
            }
        }).toList();
    }

    static String documents(List<DocumentUpdate> documents) {
        return documents.stream().map(d -> d.getType() + " | " + d.getReference() + " | " + (d.getRevision() == null ? "" : d.getRevision()))
                .collect(Collectors.joining("\n"));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] fields(String line, int count) {
        String[] given = line.split("\\|", -1);
        String[] f = Arrays.copyOf(given, count);
        for (int i = 0; i < count; i++) {
            f[i] = f[i] == null ? "" : f[i].strip();
        }
        return f;
    }

    private static int number(String text, String line) {
        Integer n = optional(text, line);
        if (n == null) {
            throw BusinessException.invalidField("suspectStock", "capa.input.number", line);
        }
        return n;
    }

    private static Integer optional(String text, String line) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw BusinessException.invalidField("suspectStock", "capa.input.number", line);
        }
    }

    private static String blankIfNull(Integer n) {
        return n == null ? "" : n.toString();
    }
}
