package org.vocdesk.publicfeedback.boundary;

import java.util.Locale;

/** A category a customer may choose, with its names in both languages. */
public record CategoryOption(Long id, String code, String nameEn, String nameZh) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
