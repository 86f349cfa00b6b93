package org.vocdesk.report.control;

import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Locale;

/** The language of a download: ?lang=zh or en (zh-CN, en-US ... too), else the caller's own language. */
public final class ReportLanguage {

    private ReportLanguage() {
    }

    public static Locale of(String lang, Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return Messages.supported(fallback);
        }
        Locale asked = Locale.forLanguageTag(lang.strip().replace('_', '-'));
        if (!"zh".equals(asked.getLanguage()) && !"en".equals(asked.getLanguage())) {
            throw BusinessException.invalidField("lang", "report.parameter.lang", lang);
        }
        return Messages.supported(asked);
    }
}
