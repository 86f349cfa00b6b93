package org.vocdesk.records.control;

import java.awt.Image;

/**
 * Which of the templates' picture bands prints a picture: the lowest one tall enough for the picture scaled to
 * the page width, so a short chart leaves no tall gap and a tall one is not shrunk. Jasper element heights are
 * fixed, hence a few bands to choose from rather than one that stretches.
 */
public final class ImageBands {

    static final int PAGE_WIDTH = 555;
    static final int[] HEIGHTS = {100, 140, 180, 220, 280, 360, 480};

    private ImageBands() {
    }

    public static int height(Image image) {
        int width = image.getWidth(null);
        int height = image.getHeight(null);
        if (width <= 0 || height <= 0) {
            return HEIGHTS[0];
        }
        double needed = (double) PAGE_WIDTH * height / width;
        for (int h : HEIGHTS) {
            if (h >= needed) {
                return h;
            }
        }
        return HEIGHTS[HEIGHTS.length - 1];
    }
}
