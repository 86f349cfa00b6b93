package org.vocdesk.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import org.vocdesk.platform.control.Messages;

import java.util.Locale;

/** The language a REST caller asked for with Accept-Language (English unless Chinese is preferred). */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "zh".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().map(Messages::supported).orElse(Messages.ENGLISH);
    }
}
