package org.vocdesk.capa.entity;

import org.vocdesk.platform.entity.BusinessException;

/** Free text as the capa rules want it: stripped, blank as null, and required where a rule says so. */
final class Texts {

    private Texts() {
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String required(String text, String field, String key) {
        if (blank(text)) {
            throw BusinessException.invalidField(field, key);
        }
        return text.strip();
    }
}
