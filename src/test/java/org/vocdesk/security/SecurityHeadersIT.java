package org.vocdesk.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers on pages, public pages, REST answers, static resources and error pages. */
class SecurityHeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/public/feedback.xhtml", "/index.xhtml", "/api/me", "/api/public/feedback/categories",
            "/no-such-page.xhtml", "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga"})
    void everyResponseCarriesTheHeaders(String path) {
        HttpResponse<String> response = new WebSession().get(path);
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        assertThat(String.join(" | ", headers.allValues("Content-Security-Policy"))).as(path)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void pagesGetANoncedScriptPolicyThatChangesOnEveryLoad() {
        List<String> first = new WebSession().get("/login.xhtml").headers().allValues("Content-Security-Policy");
        List<String> second = new WebSession().get("/login.xhtml").headers().allValues("Content-Security-Policy");
        String script = first.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow(() -> new AssertionError(first));
        assertThat(script).contains("default-src 'self'").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'")
                .doesNotContain("unsafe-eval");
        assertThat(script.replaceAll("[^;]*unsafe-inline[^;]*", "")).as("only styles may be inline").doesNotContain("unsafe-inline");
        String again = second.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        assertThat(again).isNotEqualTo(script);
    }

    @Test
    void restAnswersAndDownloadsMayRunNothing() {
        Api.Reply reply = Api.anonymous().get("/api/public/feedback/categories");
        assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
    }
}
