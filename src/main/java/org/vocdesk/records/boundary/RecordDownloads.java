package org.vocdesk.records.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;

import java.util.Locale;

/** How a record report goes out over REST: the language asked for, and the PDF as an attachment nobody caches. */
final class RecordDownloads {

    private RecordDownloads() {
    }

    /** "zh" or "en" when given, else the Accept-Language of the request. */
    static Locale language(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(lang.strip()));
        }
        return RequestLocale.of(headers);
    }

    static Response pdf(RecordFile file) {
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
