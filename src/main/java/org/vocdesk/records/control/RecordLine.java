package org.vocdesk.records.control;

import java.awt.image.BufferedImage;

/**
 * One line of a record report as the template prints it: a heading, a label with its value, a paragraph, a
 * picture, or a header or data row of one of the template's table layouts (columns {@code c1}..{@code c7}).
 * The template decides the look by {@code kind} and {@code layout}; the words come from here, already in the
 * reader's language, so one template serves Chinese and English.
 */
public final class RecordLine {

    public static final String HEADING = "H";
    public static final String SUBHEADING = "H2";
    public static final String LABEL_VALUE = "KV";
    public static final String TEXT = "TEXT";
    public static final String IMAGE = "IMG";
    public static final String TABLE_HEADER = "TH";
    public static final String TABLE_ROW = "TR";

    private final String kind;
    private final String layout;
    private final String[] cells;
    private final BufferedImage image;

    RecordLine(String kind, String layout, String[] cells, BufferedImage image) {
        this.kind = kind;
        this.layout = layout;
        this.cells = cells;
        this.image = image;
    }

    private String cell(int i) {
        return i < cells.length ? cells[i] : null;
    }

    public String getKind() { return kind; }

    public String getLayout() { return layout; }

    public String getC1() { return cell(0); }

    public String getC2() { return cell(1); }

    public String getC3() { return cell(2); }

    public String getC4() { return cell(3); }

    public String getC5() { return cell(4); }

    public String getC6() { return cell(5); }

    public String getC7() { return cell(6); }

    public BufferedImage getImage() { return image; }

    /** The line's words, for tests and the plain-text view: cells joined by " | ". */
    @Override
    public String toString() {
        return kind + (layout == null ? "" : "/" + layout) + ": " + String.join(" | ", java.util.Arrays.stream(cells)
                .map(c -> c == null ? "" : c).toList());
    }
}
