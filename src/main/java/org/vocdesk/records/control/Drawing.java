package org.vocdesk.records.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** What the report pictures share: a white, anti-aliased canvas in logical units, and text wrapped to a width. */
final class Drawing {

    private Drawing() {
    }

    static Graphics2D start(BufferedImage image, int scale) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        return g;
    }

    /** Draws text broken at character boundaries (Chinese has no spaces) into at most {@code maxLines} lines. */
    static void wrapped(Graphics2D g, Font font, String text, int x, int y, int width, int maxLines) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int line = 0;
        int start = 0;
        while (start < text.length() && line < maxLines) {
            int end = start;
            while (end < text.length() && metrics.stringWidth(text.substring(start, end + 1)) <= width) {
                end++;
            }
            end = Math.max(end, start + 1);
            String part = text.substring(start, end);
            if (line == maxLines - 1 && end < text.length()) {
                part = part.substring(0, Math.max(0, part.length() - 1)) + "…";
            }
            g.drawString(part, x, y + line * metrics.getHeight());
            start = end;
            line++;
        }
    }
}
