package org.vocdesk.report.control;

import org.vocdesk.platform.control.Messages;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The application's translations as the report's resource bundle, so a template's {@code $R{complaint.status.CLOSED}}
 * or {@code str("report.frame.page")} reads any feature's bundle (the key's first segment names it, as in
 * {@link Messages}). An unknown key comes back as itself, as on the pages, rather than failing the report.
 */
final class MessagesBundle extends ResourceBundle {

    private final Locale locale;

    MessagesBundle(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        return Messages.get(locale, key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.emptyEnumeration();
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
