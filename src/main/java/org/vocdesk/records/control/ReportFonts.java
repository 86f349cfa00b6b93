package org.vocdesk.records.control;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CJK face for text drawn into pictures (fishbone, charts): the TrueType file the reports' font extension
 * embeds in the PDFs, so pictures and text look alike. Without it (a class path without the reports folder)
 * the JDK's logical SansSerif is used, which shows Chinese only where the system has a CJK font.
 */
final class ReportFonts {

    static final String RESOURCE = "/reports/fonts/wqy-microhei.ttf";
    private static final Logger LOG = Logger.getLogger(ReportFonts.class.getName());
    private static final Font BASE = load();

    private ReportFonts() {
    }

    static Font cjk(float size) {
        return BASE.deriveFont(size);
    }

    private static Font load() {
        try (InputStream in = ReportFonts.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            LOG.log(Level.WARNING, "The reports' CJK font could not be read; pictures use SansSerif", e);
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
