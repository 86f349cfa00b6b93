package org.vocdesk.report.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * One request for a report: its checked parameters, the language, who asked (display name and user name) and when.
 * The same order made again later gives the same report over the data of that later time.
 */
public record ReportOrder(Map<String, String> parameters, Locale locale, String requestedBy, Instant at) {

    public ReportOrder {
        parameters = Map.copyOf(parameters);
    }

    /** The request for the page frame, with the filters described in the order's language. */
    public ReportRequest request(String filters) {
        return new ReportRequest(locale, requestedBy, at, filters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The day of the order in the company's zone, for file names. */
    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
