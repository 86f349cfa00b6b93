package org.vocdesk.report.control;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A small table for a report (totals, KPIs, a trend), printed by the generic subreport reports/table.jrxml: a title,
 * up to {@link #COLUMNS} columns of texts, the first one wide (a label), the others narrow (figures), right-aligned.
 * The texts are already in the reader's language. In a template:
 * <pre>{@code
 * <element kind="subreport" x="0" y="0" width="555" height="20" positionType="Float">
 *     <dataSourceExpression><![CDATA[$P{TOTALS}.dataSource()]]></dataSourceExpression>
 *     <expression><![CDATA[$P{TABLE_REPORT}]]></expression>
 *     <parameter name="TABLE"><expression><![CDATA[$P{TOTALS}]]></expression></parameter>
 * </element>
 * }</pre>
 * The data source is asked for when the subreport is filled, so a table handed over before the fill may still be
 * completed by it (the ledger's totals are counted while its rows stream through).
 */
public class ReportTable {

    public static final int COLUMNS = 7;

    private final String title;
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    public ReportTable(String title, String... headers) {
        if (headers.length > COLUMNS) {
            throw new IllegalArgumentException("A report table has at most " + COLUMNS + " columns");
        }
        this.title = title;
        this.headers = List.of(headers);
    }

    /** Adds a row; cells are shown with toString(), null as empty. */
    public ReportTable row(Object... cells) {
        String[] texts = new String[COLUMNS];
        for (int i = 0; i < Math.min(cells.length, COLUMNS); i++) {
            texts[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(texts);
        return this;
    }

    public String getTitle() {
        return title;
    }

    /** The header of column i (0-based), null beyond the table's columns. */
    public String header(int column) {
        return column < headers.size() ? headers.get(column) : null;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<List<String>> rows() {
        return rows.stream().map(r -> Arrays.asList(r).subList(0, headers.size())).toList();
    }

    /** The rows for the subreport: fields c0 ... c6. */
    public JRDataSource dataSource() {
        Iterator<String[]> iterator = List.copyOf(rows).iterator();
        return new JRDataSource() {
            private String[] current;

            @Override
            public boolean next() {
                current = iterator.hasNext() ? iterator.next() : null;
                return current != null;
            }

            @Override
            public Object getFieldValue(JRField field) {
                return current[Integer.parseInt(field.getName().substring(1))];
            }
        };
    }
}
