package org.vocdesk.capa.control;

import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.FiveM;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws the fishbone (Ishikawa) diagram as SVG from the causes: the problem as the head, one bone per 5M1E
 * category (three above the spine, three below), the causes along their bone: verified in bold green,
 * ruled out struck through in grey. Plain SVG text, so pages embed it and PDF reports can reuse it.
 */
public final class FishboneSvg {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;
    private static final int SPINE_Y = HEIGHT / 2;
    private static final int HEAD_X = 800;
    private static final int LINE = 16;

    private FishboneSvg() {
    }

    public static String draw(String problem, List<FishboneCause> causes, Function<FiveM, String> label) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vd-fishbone\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append(line(40, SPINE_Y, HEAD_X, SPINE_Y, 3));
        svg.append("<rect x=\"").append(HEAD_X).append("\" y=\"").append(SPINE_Y - 40)
                .append("\" width=\"190\" height=\"80\" rx=\"6\" fill=\"#fdecea\" stroke=\"#c0392b\"/>");
        svg.append(text(HEAD_X + 8, SPINE_Y - 20, shorten(problem, 28), "font-weight=\"bold\""));
        FiveM[] bones = FiveM.values();
        for (int i = 0; i < bones.length; i++) {
            boolean top = i < 3;
            int x = 140 + (i % 3) * 220;
            int endY = top ? 40 : HEIGHT - 40;
            svg.append(line(x, endY, x + 120, SPINE_Y, 2));
            svg.append(text(x - 30, top ? endY - 10 : endY + 22, label.apply(bones[i]), "font-weight=\"bold\" font-size=\"14\""));
            int row = 0;
            for (FishboneCause cause : causes) {
                if (cause.getCategory() != bones[i]) {
                    continue;
                }
                int y = top ? endY + 20 + row * LINE : endY - 20 - row * LINE;
                svg.append(text(x + 10 + (int) ((top ? y - endY : endY - y) * 0.55), y, "• " + shorten(cause.getDescription(), 30), style(cause.getStatus())));
                row++;
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String style(CauseStatus status) {
        return switch (status) {
            case VERIFIED -> "fill=\"#1e7e34\" font-weight=\"bold\" data-status=\"VERIFIED\"";
            case RULED_OUT -> "fill=\"#888\" text-decoration=\"line-through\" data-status=\"RULED_OUT\"";
            case SUSPECTED -> "fill=\"#222\" data-status=\"SUSPECTED\"";
        };
    }

    private static String line(int x1, int y1, int x2, int y2, int width) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#34495e\" stroke-width=\"%d\"/>",
                x1, y1, x2, y2, width);
    }

    private static String text(int x, int y, String content, String attributes) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" " + attributes + ">" + escape(content) + "</text>";
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
