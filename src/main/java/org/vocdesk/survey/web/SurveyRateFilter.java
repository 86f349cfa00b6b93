package org.vocdesk.survey.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.publicfeedback.control.ClientAddress;
import org.vocdesk.survey.control.SurveyRateLimits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies {@link SurveyRateLimits} before anything else runs (no database lookup for a refused request):
 * 429 with Retry-After, a problem document for the REST API and a short page for browsers, in the language
 * the browser asks for (Chinese when it asks for none we have).
 */
@WebFilter(urlPatterns = {"/api/public/surveys/*", "/public/survey.xhtml"})
public class SurveyRateFilter extends HttpFilter {

    private static final String API = "/api/public/surveys/";

    @Inject
    SurveyRateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith(API);
        Optional<Duration> wait = limits.tryAcquire(clientAddress.of(request), api ? tokenOf(path) : tokenOfQuery(request.getQueryString()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.CHINESE : Messages.supported(request.getLocale());
        String message = Messages.get(locale, "survey.rate.limited", SurveyRateLimits.minutes(wait.get()));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder().add("type", "urn:vocdesk:problem:survey.rate.limited")
                    .add("title", "Too Many Requests").add("status", 429).add("detail", message).add("errors", Json.createArrayBuilder())
                    .build().toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(Messages.get(locale, "survey.public.title"))
                    + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>" + escape(Messages.get(locale, "survey.rate.title"))
                    + "</h1><p id=\"survey-limited\">" + escape(message) + "</p></body></html>");
        }
    }

    private static String tokenOf(String path) {
        String rest = path.substring(API.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /**
     * The page's "t" from the query string only: request.getParameter would parse a posted form before JSF sets
     * UTF-8, and the customer's Chinese text would arrive garbled.
     */
    static String tokenOfQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("t=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return pair.substring(2); // still a key to count; the page refuses the token itself
                }
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
