package org.vocdesk.closure.entity;

import org.vocdesk.platform.control.Messages;

import java.util.Locale;

/** The two languages customers are written to in: "zh-CN" (the default) and "en". */
public final class Languages {

    private Languages() {
    }

    public static String tag(String given) {
        return given != null && given.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh-CN";
    }

    public static Locale locale(String given) {
        return Messages.supported(Locale.forLanguageTag(tag(given)));
    }
}
