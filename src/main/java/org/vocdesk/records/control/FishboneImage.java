package org.vocdesk.records.control;

import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.FiveM;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fishbone of {@code capa.control.FishboneSvg} drawn with Java2D for the PDF: same geometry, same colours
 * (verified bold green, ruled out struck through in grey). An opaque RGB picture, because PDF/A forbids the
 * transparency an alpha channel brings, and no SVG renderer (Batik) is needed. Drawn at twice the size so the
 * print stays sharp.
 */
public final class FishboneImage {

    static final int WIDTH = 1000;
    static final int HEIGHT = 520;
    private static final int SCALE = 2;
    private static final int SPINE_Y = HEIGHT / 2;
    private static final int HEAD_X = 800;
    private static final int LINE = 16;
    private static final Color INK = new Color(0x34495e);

    private FishboneImage() {
    }

    public static BufferedImage draw(String problem, List<FishboneCause> causes, Function<FiveM, String> label) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Drawing.start(image, SCALE);
        try {
            Font base = ReportFonts.cjk(12f);
            g.setColor(INK);
            g.setStroke(new BasicStroke(3));
            g.drawLine(40, SPINE_Y, HEAD_X, SPINE_Y);
            g.setColor(new Color(0xfdecea));
            g.fillRoundRect(HEAD_X, SPINE_Y - 40, 190, 80, 12, 12);
            g.setColor(new Color(0xc0392b));
            g.setStroke(new BasicStroke(1));
            g.drawRoundRect(HEAD_X, SPINE_Y - 40, 190, 80, 12, 12);
            g.setColor(Color.BLACK);
            Drawing.wrapped(g, base.deriveFont(Font.BOLD), shorten(problem, 60), HEAD_X + 8, SPINE_Y - 22, 176, 3);
            FiveM[] bones = FiveM.values();
            for (int i = 0; i < bones.length; i++) {
                bone(g, base, i, bones[i], causes, label);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void bone(Graphics2D g, Font base, int i, FiveM bone, List<FishboneCause> causes, Function<FiveM, String> label) {
        boolean top = i < 3;
        int x = 140 + (i % 3) * 220;
        int endY = top ? 40 : HEIGHT - 40;
        g.setColor(INK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(x, endY, x + 120, SPINE_Y);
        g.setFont(base.deriveFont(Font.BOLD, 14f));
        g.drawString(label.apply(bone), x - 30, top ? endY - 10 : endY + 22);
        int row = 0;
        for (FishboneCause cause : causes) {
            if (cause.getCategory() != bone) {
                continue;
            }
            int y = top ? endY + 20 + row * LINE : endY - 20 - row * LINE;
            int offset = (int) ((top ? y - endY : endY - y) * 0.55);
            g.setFont(style(base, cause.getStatus()));
            g.setColor(colour(cause.getStatus()));
            g.drawString("• " + shorten(cause.getDescription(), 30), x + 10 + offset, y);
            row++;
        }
    }

    private static Font style(Font base, CauseStatus status) {
        return switch (status) {
            case VERIFIED -> base.deriveFont(Font.BOLD);
            case RULED_OUT -> base.deriveFont(Map.of(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON));
            case SUSPECTED -> base;
        };
    }

    private static Color colour(CauseStatus status) {
        return switch (status) {
            case VERIFIED -> new Color(0x1e7e34);
            case RULED_OUT -> new Color(0x888888);
            case SUSPECTED -> new Color(0x222222);
        };
    }

    static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
