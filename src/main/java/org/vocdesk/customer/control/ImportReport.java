package org.vocdesk.customer.control;

import org.vocdesk.customer.entity.FieldProblem;
import org.vocdesk.platform.control.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a CSV import in the user's language: whether anything was stored, the counts, a message
 * for the whole file, and for every bad row its line number and reasons. Import is all-or-nothing, so
 * {@code stored} is false whenever {@code errors} is not empty.
 */
public record ImportReport(boolean stored, int rows, int created, int updated, String message, List<RowReport> errors)
        implements Serializable {

    public record RowReport(int line, String code, List<String> reasons) implements Serializable {

        // bean getters for EL 5 (Jakarta EE 10), which does not read record components
        public int getLine() { return line; }

        public String getCode() { return code; }

        public List<String> getReasons() { return reasons; }
    }

    public boolean isStored() { return stored; }

    public int getCreated() { return created; }

    public int getUpdated() { return updated; }

    public String getMessage() { return message; }

    public List<RowReport> getErrors() { return errors; }

    public static ImportReport refused(CustomerCsv.Result result, Locale locale) {
        String message = result.fileProblem() != null
                ? text(locale, result.fileProblem())
                : Messages.get(locale, "customer.import.refused", result.errors().size());
        List<RowReport> errors = result.errors().stream()
                .map(e -> new RowReport(e.line(), e.code(), e.problems().stream().map(p -> reason(locale, p)).toList()))
                .toList();
        return new ImportReport(false, result.rows().size() + result.errors().size(), 0, 0, message, errors);
    }

    public static ImportReport stored(int created, int updated, Locale locale) {
        return new ImportReport(true, created + updated, created, updated,
                Messages.get(locale, "customer.import.done", created + updated, created, updated), List.of());
    }

    /** "E-mail: The e-mail address is not valid." – the column first, because a row has several. */
    static String reason(Locale locale, FieldProblem problem) {
        String text = text(locale, problem);
        String label = "customer.field." + problem.field();
        return Messages.has(label) ? Messages.get(locale, label) + ": " + text : text;
    }

    private static String text(Locale locale, FieldProblem problem) {
        return Messages.get(locale, problem.key(), problem.argumentArray());
    }
}
