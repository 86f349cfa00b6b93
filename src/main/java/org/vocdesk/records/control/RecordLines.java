package org.vocdesk.records.control;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the lines of a record report in reading order; a table's rows always follow its header. */
public final class RecordLines {

    private final List<RecordLine> lines = new ArrayList<>();

    public RecordLines heading(String title) {
        return add(RecordLine.HEADING, null, title);
    }

    public RecordLines subheading(String title) {
        return add(RecordLine.SUBHEADING, null, title);
    }

    /** A label and its value; an empty value prints as "—" so a missing answer is visible, not hidden. */
    public RecordLines labelValue(String label, Object value) {
        return add(RecordLine.LABEL_VALUE, null, label, cell(value));
    }

    public RecordLines text(String paragraph) {
        return add(RecordLine.TEXT, null, cell(paragraph));
    }

    public RecordLines image(BufferedImage picture) {
        lines.add(new RecordLine(RecordLine.IMAGE, null, new String[0], Objects.requireNonNull(picture)));
        return this;
    }

    public RecordLines tableHeader(String layout, String... titles) {
        return add(RecordLine.TABLE_HEADER, layout, titles);
    }

    public RecordLines tableRow(String layout, Object... cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cell(cells[i]);
        }
        return add(RecordLine.TABLE_ROW, layout, texts);
    }

    public List<RecordLine> lines() {
        return List.copyOf(lines);
    }

    private RecordLines add(String kind, String layout, String... cells) {
        lines.add(new RecordLine(kind, layout, cells, null));
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "—";
        }
        String s = value.toString().strip();
        return s.isEmpty() ? "—" : s;
    }
}
