package org.vocdesk.complaint.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the ledger's query string (the names of the REST list: receivedFrom, status, q, ...) so the page's
 * own URL and its export links say the same thing. Empty values are left out.
 */
final class LedgerQuery {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    LedgerQuery add(String name, Object value) {
        String text = value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        if (text != null && !text.isBlank()) {
            parameters.put(name, text.strip());
        }
        return this;
    }

    @Override
    public String toString() {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
