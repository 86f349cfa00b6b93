package org.vocdesk.records.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;

/**
 * The satisfaction analysis charts drawn with Java2D (no JFreeChart): the band distribution per project type as
 * stacked bars, the average per question as horizontal bars, and the average score over campaigns as a line.
 * Opaque RGB pictures at twice their printed size, in the band colours of the analysis page.
 */
public final class ReportCharts {

    public record Bar(String label, BigDecimal value) {
    }

    static final Color[] BAND_COLOURS = {new Color(0x2e7d32), new Color(0x7cb342), new Color(0xf9a825), new Color(0xc62828)};
    private static final Color AXIS = new Color(0x555555);
    private static final Color BLUE = new Color(0x1565c0);
    private static final int SCALE = 2;
    private static final int W = 760;

    private ReportCharts() {
    }

    /** One stacked bar per project type; {@code counts} per type in the order of {@code bandNames}. */
    public static BufferedImage bandDistribution(List<String> types, List<long[]> counts, List<String> bandNames) {
        int h = 300;
        BufferedImage image = canvas(W, h);
        Graphics2D g = Drawing.start(image, SCALE);
        try {
            int left = 60;
            int bottom = h - 70;
            int top = 20;
            long max = Math.max(1, counts.stream().mapToLong(c -> java.util.Arrays.stream(c).sum()).max().orElse(1));
            axes(g, left, top, bottom, W - 20);
            g.setFont(ReportFonts.cjk(11f));
            g.drawString(String.valueOf(max), 10, top + 5);
            g.drawString("0", 40, bottom);
            int slot = (W - 20 - left) / Math.max(1, types.size());
            int barWidth = Math.min(90, slot / 2);
            for (int t = 0; t < types.size(); t++) {
                int x = left + t * slot + (slot - barWidth) / 2;
                int y = bottom;
                long[] c = counts.get(t);
                for (int b = 0; b < c.length; b++) {
                    int height = (int) Math.round((double) c[b] * (bottom - top) / max);
                    g.setColor(BAND_COLOURS[b % BAND_COLOURS.length]);
                    g.fillRect(x, y - height, barWidth, height);
                    y -= height;
                }
                g.setColor(Color.BLACK);
                Drawing.wrapped(g, ReportFonts.cjk(11f), types.get(t), left + t * slot + 4, bottom + 16, slot - 8, 1);
            }
            legend(g, bandNames, left, h - 22);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The average (0-100) of each question, one horizontal bar each, the value printed at its end. */
    public static BufferedImage questionScores(List<Bar> bars) {
        int row = 24;
        int h = 30 + bars.size() * row;
        BufferedImage image = canvas(W, h);
        Graphics2D g = Drawing.start(image, SCALE);
        try {
            int left = 300;
            int right = W - 60;
            Font font = ReportFonts.cjk(11f);
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int y = 15 + i * row;
                g.setColor(Color.BLACK);
                Drawing.wrapped(g, font, bar.label(), 8, y + 13, left - 16, 1);
                double value = bar.value() == null ? 0 : bar.value().doubleValue();
                int width = (int) Math.round(value * (right - left) / 100.0);
                g.setColor(value >= 90 ? BAND_COLOURS[1] : value >= 80 ? BAND_COLOURS[2] : BAND_COLOURS[3]);
                g.fillRect(left, y + 2, width, row - 8);
                g.setColor(Color.BLACK);
                g.setFont(font);
                g.drawString(bar.value() == null ? "—" : bar.value().toPlainString(), left + width + 6, y + 13);
            }
            g.setColor(AXIS);
            g.drawLine(left, 10, left, h - 10);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The average score of each campaign, oldest first, on a 0-100 axis. */
    public static BufferedImage trend(List<Bar> points) {
        int h = 260;
        BufferedImage image = canvas(W, h);
        Graphics2D g = Drawing.start(image, SCALE);
        try {
            int left = 50;
            int right = W - 30;
            int top = 20;
            int bottom = h - 50;
            axes(g, left, top, bottom, right);
            Font font = ReportFonts.cjk(11f);
            g.setFont(font);
            for (int v = 0; v <= 100; v += 20) {
                int y = bottom - v * (bottom - top) / 100;
                g.setColor(new Color(0xdddddd));
                g.drawLine(left + 1, y, right, y);
                g.setColor(AXIS);
                g.drawString(String.valueOf(v), 20, y + 4);
            }
            int step = points.size() > 1 ? (right - left - 40) / (points.size() - 1) : 0;
            int px = -1;
            int py = -1;
            for (int i = 0; i < points.size(); i++) {
                Bar p = points.get(i);
                int x = left + 20 + i * step;
                double value = p.value() == null ? 0 : p.value().doubleValue();
                int y = bottom - (int) Math.round(value * (bottom - top) / 100.0);
                g.setColor(BLUE);
                g.setStroke(new BasicStroke(2));
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 4, y - 4, 8, 8);
                g.setColor(Color.BLACK);
                g.drawString(p.value() == null ? "—" : p.value().toPlainString(), x - 12, y - 8);
                int labelWidth = Math.max(80, Math.min(step - 4, 220));
                int labelX = Math.max(2, Math.min(x - labelWidth / 2, W - labelWidth - 2));
                Drawing.wrapped(g, font, p.label(), labelX, bottom + 16, labelWidth, 2);
                px = x;
                py = y;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void axes(Graphics2D g, int left, int top, int bottom, int right) {
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
    }

    private static void legend(Graphics2D g, List<String> names, int x, int y) {
        g.setFont(ReportFonts.cjk(11f));
        for (int b = 0; b < names.size(); b++) {
            g.setColor(BAND_COLOURS[b % BAND_COLOURS.length]);
            g.fillRect(x, y - 10, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(names.get(b), x + 16, y);
            x += 24 + g.getFontMetrics().stringWidth(names.get(b)) + 12;
        }
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }
}
