package org.vocdesk.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts. Each feature keeps its own bundle {@code i18n/<feature>} (so features do not share a
 * file); a key names its bundle by its first segment: {@code complaint.status.CLOSED} lives in
 * {@code i18n/complaint}. Unknown keys come back as themselves rather than failing a page.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = pattern(supported(locale), key);
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    public static boolean has(String key) {
        return pattern(ENGLISH, key) != null;
    }

    /** Chinese for every zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    private static String pattern(Locale locale, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n." + key.substring(0, dot), locale,
                    Messages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
